"""A test plug-in that speaks protocol 1 well, or breaks it on purpose (argv[1] says how)."""
import json, subprocess, sys, time

mode = sys.argv[1]
marker = sys.argv[2] if len(sys.argv) > 2 else None

def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()

if mode == "exit-at-start":
    sys.exit(3)
for line in sys.stdin:
    message = json.loads(line)
    if message["type"] == "hello":
        if mode == "no-hello":
            send({"type": "result", "id": "x", "status": "pass", "message": {"en": "a", "cy": "b"}})
            continue
        send({"type": "hello", "protocol": 1, "plugin": "test", "version": "1.0.0", "checks": ["count-words"]})
    elif message["type"] == "check":
        if mode == "crash":
            sys.exit(1)
        if mode == "crash-once":
            import os
            if not os.path.exists(marker):
                open(marker, "w").close()
                sys.exit(1)
        if mode == "hang":
            time.sleep(60)
        if mode == "hang-with-child":
            subprocess.Popen(["sleep", "60"])
            time.sleep(60)
        if mode == "garbage":
            sys.stdout.write("this is not json\n")
            sys.stdout.flush()
            continue
        if mode == "wrong-id":
            send({"type": "result", "id": "someone-else", "status": "pass", "message": {"en": "a", "cy": "b"}})
            continue
        if mode == "flood":
            sys.stdout.write("x" * (3 << 20))
            sys.stdout.flush()
            time.sleep(60)
        if mode == "stderr-spam":
            sys.stderr.write("e" * (1 << 20))
            sys.stderr.flush()
        if mode == "refuse":
            send({"type": "error", "id": message["id"], "message": "no survey to read"})
            continue
        send({"type": "result", "id": message["id"], "status": "pass", "message": {"en": "ok", "cy": "iawn"},
              "measures": {"params": len(json.dumps(message["params"]))}})
    elif message["type"] == "bye":
        break
