"""Drawing a family map: its shapes, node and link items, and the scene that mirrors a map.

The interactive editor (ui/family_map/) and every export (the map as PNG or
PDF, the family plan's map page) draw with these same pieces, so a map looks
the same on screen and on paper. Nothing here opens the vault or knows a
window: a map comes in as plain data (`NodeView`s and `MapLink`s, or their
JSON copy; map_content.py resolves them from the entities, read through
anything that reads like the repository) and goes out onto any QPainter.
"""
