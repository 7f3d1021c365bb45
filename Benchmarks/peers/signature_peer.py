#!/usr/bin/env python3
"""The peer of signature-bench: pyHanko validates every signed PDF of FOLDER (made by
Scripts/make-signed-pdfs FOLDER --bulk N) against ca.pem, in one Python process, and checks the
registered PDF is its prefix (SHA-256 of the first `size` bytes), as `lampirkan` does.

    signature_peer.py FOLDER
"""
import hashlib, json, logging, os, sys, time

from asn1crypto import x509 as asn1x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

logging.disable(logging.CRITICAL)
folder = sys.argv[1]
registered = json.load(open(os.path.join(folder, "registered.json")))
pem = open(os.path.join(folder, "ca.pem"), "rb").read()
from cryptography import x509
from cryptography.hazmat.primitives import serialization
root = asn1x509.Certificate.load(x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER))
start = time.perf_counter()
accepted = 0
for entry in registered:
    data = open(os.path.join(folder, entry["file"].replace(".pdf", "-signed.pdf")), "rb").read()
    if hashlib.sha256(data[: entry["size"]]).hexdigest() != entry["sha256"]:
        continue
    import io
    reader = PdfFileReader(io.BytesIO(data))
    sigs = reader.embedded_signatures
    if len(sigs) != 1:
        continue
    status = validate_pdf_signature(sigs[0], ValidationContext(trust_roots=[root]), skip_diff=True)
    if status.intact and status.valid and status.trusted and status.coverage.name == "ENTIRE_FILE":
        accepted += 1
elapsed = time.perf_counter() - start
print(f"pyHanko {elapsed:.3f} s for {len(registered)} files ({elapsed * 1000 / len(registered):.2f} ms each), {accepted} accepted and trusted")
