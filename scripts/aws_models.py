"""botocore's service models, read by the scripts that write Netsim's model-derived resources."""
import gzip
import json
import os

import botocore

MODELS = {"ec2": "ec2/2016-11-15", "elasticloadbalancing": "elbv2/2015-12-01",
          "route53": "route53/2013-04-01", "cloudfront": "cloudfront/2020-05-31"}


def load(path):
    base = os.path.join(os.path.dirname(botocore.__file__), "data", path, "service-2.json")
    if os.path.exists(base):
        with open(base) as f:
            return json.load(f)
    with gzip.open(base + ".gz") as f:  # newer botocore releases ship their models compressed
        return json.load(f)
