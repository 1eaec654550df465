"""The family map editor: a model over the vault, a scene that mirrors it, and the tab.

`FamilyMapModel` (map_model.py) holds one family's map and writes every edit
through the service; `FamilyMapScene` (scene.py) draws what the model says
with mapdraw's `MapScene` and items, and adds the gestures; undo commands
(commands.py) change the model, never scene items; and `FamilyMapTab`
(map_tab.py) puts toolbar, view and side panel together.
"""
