# The webhook receiver of the README's "Webhooks" section: verifies X-Doran-Signature, prints each event.
import hashlib, hmac, json, os
from http.server import BaseHTTPRequestHandler, HTTPServer
SECRET = os.environ["DORAN_WEBHOOK_SECRET"].encode()
class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        signed = self.headers["X-Doran-Timestamp"].encode() + b"." + body
        ok = hmac.compare_digest("sha256=" + hmac.new(SECRET, signed, hashlib.sha256).hexdigest(),
                                 self.headers.get("X-Doran-Signature", ""))
        self.send_response(204 if ok else 401); self.end_headers()
        if ok: print(json.loads(body)["type"], json.dumps(json.loads(body)["data"]), flush=True)
HTTPServer(("127.0.0.1", int(os.environ.get("PORT", "9000"))), Receiver).serve_forever()
