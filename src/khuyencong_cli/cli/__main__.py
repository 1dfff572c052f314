"""``python -m khuyencong_cli.cli``: the same program as the ``kc`` script."""

from . import main

if __name__ == "__main__":
    main()
