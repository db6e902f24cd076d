"""Build hook: every eventcode package, plus the shipped codebooks as ``eventcode._codebooks``.

All metadata lives in setup.cfg. This file exists only because the codebooks sit at the top
level of the repository (``codebooks/``, where users read and extend them) but must be inside
the package in a wheel, where ``eventcode.codebook.shipped.shipped_dir()`` looks for them.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["eventcode", "eventcode.*"], exclude=["*.__pycache__"])
    + ["eventcode._codebooks"],
    package_dir={"eventcode._codebooks": "codebooks"},
)
