#!/usr/bin/env python3
"""Runs every command the README's shell blocks and the compose file's comments show
(issue 22 item 5: the compose file once told people to run an option that did not exist).

Each `catalogus …` line (also as `.build/release/catalogus` or the container's
`/app/catalogus`) runs against a scratch database made with `seed --demo`, with its paths
moved into a scratch folder; a `serve` runs on a free port until it listens and then
gets SIGTERM, and must exit 0. Each `curl` line runs against a server on a copy of that
database, through bash with pipefail and with `--fail` added, so that a 4xx or 5xx
fails too. Anything else (make,
docker, git) is not run here: `make test` and `docker/check.sh` run those. Standard
library only.

    python3 scripts/documented_commands.py --bin .build/debug/catalogus
"""
import argparse
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUS = re.compile(r"^(?:\.build/release/|/app/)?catalogus$")


def shell_blocks(path):
    """(line number, command) for each command in the file's ```sh blocks, continuations joined."""
    commands, block, pending, start = [], False, "", 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("```"):
                block = not block and line.strip() in ("```sh", "```bash", "```shell")
                continue
            if not block:
                continue
            text = line.rstrip("\n")
            if not pending:
                start = number
            if text.endswith("\\"):
                pending += text[:-1] + " "
                continue
            commands.append((start, pending + text))
            pending = ""
    return commands


def compose_comments(path):
    """The `docker compose … exec SERVICE …` examples in the compose file's comments: the command inside."""
    commands = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            match = re.match(r"^#\s+docker compose .* exec \S+ (.*)$", line.rstrip("\n"))
            if match:
                commands.append((number, match.group(1)))
    return commands


def words(command):
    # $(date +%F) in a backup's name: a fixed date does as well.
    command = command.replace("$(date +%F)", "2026-12-07")
    return shlex.split(command, comments=True)


class Scratch:
    def __init__(self, binary, directory):
        self.binary, self.directory = binary, directory
        self.database = os.path.join(directory, "data", "catalogus.sqlite")
        os.makedirs(os.path.dirname(self.database))
        self.environment = {k: v for k, v in os.environ.items() if not k.startswith("CATALOGUS_")}
        self.environment.update(CATALOGUS_MIGRATIONS=os.path.join(ROOT, "migrations"), CATALOGUS_DB=self.database)

    def path(self, value):
        """A documented path, in the scratch folder: the database wherever it is said to be, the rest under it."""
        if value.endswith("catalogus.sqlite"):
            return self.database
        if value.startswith("/"):
            moved = os.path.join(self.directory, value.lstrip("/"))
            os.makedirs(os.path.dirname(moved), exist_ok=True)
            return moved
        return value

    def arguments(self, argv):
        out = []
        for index, word in enumerate(argv):
            before = argv[index - 1] if index else ""
            if before == "--port":
                out.append("0")
            elif word.startswith("/") or word.endswith(".sqlite") or before in ("--db", "--backup-dir"):
                out.append(self.path(word))
            else:
                out.append(word)
        return out

    def run(self, argv, timeout=120):
        return subprocess.run([self.binary] + argv, env=self.environment, cwd=self.directory, capture_output=True,
                              text=True, timeout=timeout)

    def serve(self, argv, database=None):
        """Starts `serve`, returns (process, port, log path) once it listens."""
        if "--port" not in argv:
            argv = argv + ["--port", "0"]
        if "--host" not in argv:
            argv = argv + ["--host", "127.0.0.1"]
        environment = dict(self.environment)
        if database:
            environment["CATALOGUS_DB"] = database
        log_path = os.path.join(self.directory, "serve-%d.log" % time.monotonic_ns())
        log = open(log_path, "w")
        process = subprocess.Popen([self.binary] + argv, env=environment, cwd=self.directory, stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = open(log_path, encoding="utf-8", errors="replace").read()
            match = re.search(r"listening on http://[^:\s]+:([0-9]+)", text)
            if match:
                return process, int(match.group(1)), log_path
            if process.poll() is not None:
                break
            time.sleep(0.05)
        process.kill()
        process.wait()
        raise RuntimeError("serve did not start: " + open(log_path, encoding="utf-8", errors="replace").read()[-2000:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, help="the catalogus binary to run the commands with")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)

    documented = [("README.md", n, c) for n, c in shell_blocks(os.path.join(ROOT, "README.md"))]
    documented += [("docker/compose.yaml", n, c) for n, c in compose_comments(os.path.join(ROOT, "docker", "compose.yaml"))]
    failures, ran = [], 0
    with tempfile.TemporaryDirectory(prefix="documented-commands-") as directory:
        scratch = Scratch(binary, directory)
        seeded = scratch.run(["seed", "--demo"])
        if seeded.returncode != 0:
            print("FAIL seed --demo for the scratch database: " + seeded.stderr, file=sys.stderr)
            return 1
        # The curl examples talk to a running demo server: one on a copy of the database, so
        # that `restore` (refused while a server holds a database) can run on the original.
        copy = os.path.join(directory, "curl.sqlite")
        shutil.copy(scratch.database, copy)
        server, port, _ = scratch.serve(["serve", "--rate-limit", "0"], database=copy)
        try:
            for source, number, command in documented:
                argv = words(command)
                if not argv:
                    continue
                where = "%s:%d" % (source, number)
                if argv[0] == "curl":
                    # As written (pipes and all), through bash with pipefail, against the demo server.
                    line = command.replace("localhost:8080", "127.0.0.1:%d" % port)
                    line = re.sub(r"(^|\|\s*)curl ", r"\1curl --fail --show-error --max-time 30 ", line)
                    outcome = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=directory, capture_output=True, text=True)
                elif CATALOGUS.match(argv[0]):
                    rest = scratch.arguments(argv[1:])
                    if rest[:1] == ["restore"] and not os.path.exists(rest[1]):
                        # The backup it restores: made first, as `serve --backup-dir` would have.
                        made = scratch.run(["backup", rest[1]])
                        if made.returncode != 0:
                            failures.append("%s: backup for the restore: %s" % (where, made.stderr.strip()))
                            continue
                    if rest[:1] == ["serve"]:
                        try:
                            process, _, log_path = scratch.serve(rest)
                        except RuntimeError as error:
                            failures.append("%s: %s\n    %s" % (where, command, error))
                            continue
                        process.send_signal(signal.SIGTERM)
                        code = process.wait(timeout=30)
                        outcome = subprocess.CompletedProcess(rest, code, "", open(log_path).read()[-2000:])
                    else:
                        outcome = scratch.run(rest)
                else:
                    continue
                ran += 1
                if outcome.returncode == 0:
                    print("ok   %s  %s" % (where, command))
                else:
                    failures.append("%s: %s\n    exit %d: %s" % (where, command, outcome.returncode,
                                                              (outcome.stderr or outcome.stdout).strip()[-1000:]))
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
    for failure in failures:
        print("FAIL " + failure)
    print("documented-commands: %d run, %d failed" % (ran, len(failures)))
    return 1 if failures or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
