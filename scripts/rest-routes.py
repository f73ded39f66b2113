#!/usr/bin/env python3
"""Writes src/main/resources/aws/rest-routes.json: the HTTP route of every Route 53 and CloudFront operation.

The restXml services name an operation by its method and URI (`POST /2013-04-01/hostedzone/{Id}/rrset/`,
`POST /2020-05-31/distribution?WithTags`); Netsim's restXml front door routes by this table, so every
operation of the model reaches its handler, or the service's InvalidAction when Netsim has none. Run it
after changing the SDK or botocore version:

    scripts/rest-routes.py > src/main/resources/aws/rest-routes.json
"""
import json
import sys

from aws_models import MODELS, load

REST_SERVICES = ("route53", "cloudfront")


def routes(model):
    table = []
    for name, op in sorted(model["operations"].items()):
        http = op["http"]
        table.append({"operation": name, "method": http["method"], "uri": http["requestUri"],
                      "status": http.get("responseCode", 200)})
    return table


json.dump({signing: routes(load(MODELS[signing])) for signing in REST_SERVICES}, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
