import pint
import pytest

from discrepancy.units import CANONICAL, FACTORS, UNITS


@pytest.fixture(scope="module")
def ureg() -> pint.UnitRegistry:
    return pint.UnitRegistry()


def _pint_factor(ureg: pint.UnitRegistry, expr: str, to: str) -> tuple[float, float]:
    try:
        return float(expr), 0.0  # a factor written as a number ("decade")
    except ValueError:
        zero = ureg.Quantity(0.0, expr).to(to).magnitude
        one = ureg.Quantity(1.0, expr).to(to).magnitude
        return float(one - zero), float(zero)


def test_kept_factors_are_the_ones_pint_computes(ureg):
    converted = {
        name: unit
        for name, unit in UNITS.items()
        if unit.pint and CANONICAL.get(unit.dimension) not in (None, name)
    }
    assert set(FACTORS) == set(converted)
    for name, unit in converted.items():
        to = UNITS[CANONICAL[unit.dimension]].pint
        assert FACTORS[name] == _pint_factor(ureg, unit.pint, to), name
