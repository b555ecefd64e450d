"""Peer for Dung semantics: clingo with ASPARTIX-style encodings, written here from their published definitions.
Usage: aspartix.py grounded|preferred FILE.apx; prints one extension (`w` line like ICCMA)."""
import sys

import clingo

# Grounded: the least model of "in when every attacker is defeated", with the count of defeated attackers as a
# monotone aggregate, so the program is positive and its unique answer set is the grounded extension.
GROUNDED = """
attackers(X, N) :- arg(X), N = #count { Y : att(Y, X) }.
defeated(X) :- in(Y), att(Y, X).
in(X) :- attackers(X, N), #count { Y : att(Y, X), defeated(Y) } >= N.
#show in/1.
"""
# Preferred: admissible sets (conflict-free, every attacker defeated) made subset-maximal by clingo's domain
# heuristic with `--heuristic=Domain --enum-mode=domRec`, as in ASPARTIX's preferred encoding for clingo.
ADMISSIBLE = """
in(X) :- not out(X), arg(X).
out(X) :- not in(X), arg(X).
:- in(X), in(Y), att(X, Y).
defeated(X) :- in(Y), att(Y, X).
not_defended(X) :- att(Y, X), not defeated(Y).
:- in(X), not_defended(X).
#heuristic in(X) : arg(X). [1, true]
#show in/1.
"""
semantics, path = sys.argv[1], sys.argv[2]
args = ["1"] + (["--heuristic=Domain", "--enum-mode=domRec"] if semantics == "preferred" else [])
ctl = clingo.Control(args)
ctl.load(path)
ctl.add("base", [], GROUNDED if semantics == "grounded" else ADMISSIBLE)
ctl.ground([("base", [])])
found = []
ctl.solve(on_model=lambda m: found.append(sorted(str(s.arguments[0]) for s in m.symbols(shown=True))))
print("w " + " ".join(found[0]) if found else "NO")
