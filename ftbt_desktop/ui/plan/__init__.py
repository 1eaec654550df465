"""The Goals and plan tab: goals in the family's own words, their steps and progress
ratings, and the family plan on one page grouped by member or by who does it.

`GoalsPlanTab` (plan_tab.py) holds a goal list with an inline form, the chosen
goal's detail (chart, ratings, steps) and the plan overview; every edit goes
through the service as one operation and every view refreshes from
`sig_changed`, so a goal added on the map shows here and the other way round.
"""
