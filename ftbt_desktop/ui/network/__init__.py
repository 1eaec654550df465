"""The Network and consent tab: the actors around the family and the §11a consents."""
