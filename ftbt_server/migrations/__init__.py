"""Alembic migrations, shipped inside the package and run by `ftbt-server init`."""
