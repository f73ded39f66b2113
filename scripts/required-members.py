#!/usr/bin/env python3
"""Writes src/main/resources/aws/required-members.json from botocore's service models.

The AWS SDK for Java v2 does not carry the models' `required` lists, so Netsim reads them from this
file to answer a request that leaves a required member out with the protocol's own error. Run it
after changing the SDK or botocore version (`apt-get install python3-botocore`, or a newer botocore from pip: 1.43.11 made the file):

    scripts/required-members.py > src/main/resources/aws/required-members.json

For each service: the required members of each operation's input, and of every structure reachable
from an input (by shape name, which is the SDK's class name).
"""
import json
import sys

from aws_models import MODELS, load


def reachable(shapes, start):
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        for child in [m["shape"] for m in shape.get("members", {}).values()] + \
                     [shape[k]["shape"] for k in ("member", "key", "value") if k in shape]:
            todo.append(child)
    return seen


def service(model):
    shapes = model["shapes"]
    operations, nested = {}, set()
    for name, op in sorted(model["operations"].items()):
        if "input" not in op:
            continue
        top = op["input"]["shape"]
        if shapes[top].get("required"):
            operations[name] = sorted(shapes[top]["required"])
        nested |= reachable(shapes, top) - {top}
    structures = {n: sorted(shapes[n]["required"]) for n in sorted(nested)
                  if shapes[n]["type"] == "structure" and shapes[n].get("required")}
    return {"operations": operations, "structures": structures}


json.dump({signing: service(load(path)) for signing, path in MODELS.items()}, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
