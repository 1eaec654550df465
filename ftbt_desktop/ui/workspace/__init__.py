"""The family workspace: the family list, the tabs and pages of one family, forms and inline editing."""
