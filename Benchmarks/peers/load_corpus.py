"""Peer for loading corpora: arguebuf loads every AIF `.json` or brat `.ann` file of a folder into its graph
model and prints the node count, like `argmap stats FOLDER`."""
import pathlib
import sys

import arguebuf

folder, pattern = pathlib.Path(sys.argv[1]), sys.argv[2]
nodes = 0
for path in sorted(folder.glob(pattern)):
    nodes += len(arguebuf.load.file(path).nodes)
print(nodes)
