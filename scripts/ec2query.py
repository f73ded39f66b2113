"""The EC2 query protocol with the standard library, for the load scripts.

Netsim reads the account and region from the SigV4 credential scope and does not check
signatures, so a fixed Authorization header is enough.
"""
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

NS = {"ec2": "http://ec2.amazonaws.com/doc/2016-11-15/"}


def authorization(account):
    return (f"AWS4-HMAC-SHA256 Credential={account}/20261201/us-east-1/ec2/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature=0")


def call(endpoint, action, account="AKIDLOADTEST", **params):
    body = urllib.parse.urlencode({"Action": action, "Version": "2016-11-15", **params}).encode()
    request = urllib.request.Request(endpoint + "/", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Authorization": authorization(account)})
    with urllib.request.urlopen(request) as response:
        return ET.fromstring(response.read())


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
