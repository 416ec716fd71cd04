"""Opens N idle keep-alive connections to 127.0.0.1:PORT, each after one request,
touches READY_FILE, and holds them for 60 s (or until killed)."""
import resource, socket, sys, time

port, count, ready = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 100), hard))
sockets = []
for i in range(count):
    s = socket.create_connection(("127.0.0.1", port))
    sockets.append(s)
for s in sockets:
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: bench\r\n\r\n")
for s in sockets:
    data = b""
    while b"\r\n\r\n" not in data or not data.endswith(b"}"):
        chunk = s.recv(4096)
        if not chunk:
            raise SystemExit("server closed an idle connection early")
        data += chunk
open(ready, "w").close()
time.sleep(60)
