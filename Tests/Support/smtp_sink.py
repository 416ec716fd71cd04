#!/usr/bin/env python3
"""A real SMTP server for the mail tests (aiosmtpd): accepts every message on 127.0.0.1
and writes it to DIR as N.eml, with its envelope in N.json ({"from", "to"}). Prints
"listening PORT" once it accepts connections; runs until its standard input ends (the
test closes it, or dies), so that no sink outlives its test.

    python3 Tests/Support/smtp_sink.py DIR [PORT]
"""
import json
import os
import socket
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory, self.count = directory, 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, str(self.count))
        with open(base + ".json.tmp", "w") as handle:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, handle)
        with open(base + ".eml", "wb") as handle:
            handle.write(envelope.original_content or envelope.content)
        os.rename(base + ".json.tmp", base + ".json")  # last: the test waits for the .json
        return "250 Message accepted for delivery"


def main():
    directory = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    if port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("listening %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
