"""The cdktf app (cdktf.json: ``python main.py``): synthesize the site file."""

import sys

from stacks import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
