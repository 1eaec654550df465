"""FTBT Desktop: the whole-family coordination tool for Familiens Trivsel – Barnets Trivsel."""

__version__ = "0.1.0"
