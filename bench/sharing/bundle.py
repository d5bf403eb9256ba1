"""Writes a STIX 2.1 bundle of N indicators (each with a TLP marking, a third with a kill-chain phase and labels)."""
import json
import sys
import uuid

n = int(sys.argv[1])
markings = ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]
objects = []
for i in range(n):
    o = {"type": "indicator", "spec_version": "2.1", "id": "indicator--" + str(uuid.uuid4()),
         "created": "2024-03-01T00:00:00.000Z", "modified": "2024-03-01T00:00:00.000Z",
         "name": "Ingest bench indicator %d" % i, "indicator_types": ["malicious-activity"],
         "pattern_type": "stix", "pattern": "[ipv4-addr:value = '10.%d.%d.%d']" % (i % 256, i // 256 % 256, i // 65536),
         "valid_from": "2024-03-01T00:00:00Z", "object_marking_refs": [markings[i % 3]]}
    if i % 3 == 0:
        o["kill_chain_phases"] = [{"kill_chain_name": "lockheed-martin-cyber-kill-chain", "phase_name": "delivery"}]
        o["labels"] = ["bench", "phishing"]
    objects.append(o)
json.dump({"type": "bundle", "id": "bundle--" + str(uuid.uuid4()), "objects": objects}, sys.stdout)
