"""Where the sample caseload lives: towns, streets, postcodes, hospitals and agencies.

A home-care caseload in and around West Yorkshire.
"""

from __future__ import annotations

from dataclasses import dataclass

from carebook.sample.weighted import Weighted


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    region: str
    outward: tuple[str, ...]  # postcode districts
    lat: float
    lon: float
    weight: int
    places: tuple[str, ...]  # districts and villages that surgeries and chemists are named after
    hospital: str
    leeds_code: bool = False  # the Leeds area has its own drama number range


_WY = "West Yorkshire"
TOWNS = (
    Town(
        "Leeds",
        _WY,
        ("LS6", "LS7", "LS8", "LS11", "LS12", "LS13", "LS14", "LS15", "LS16", "LS17"),
        53.800,
        -1.549,
        30,
        (
            "Kirkstall",
            "Chapel Allerton",
            "Beeston",
            "Rothwell",
            "Garforth",
            "Bramley",
            "Headingley",
            "Roundhay",
            "Armley",
            "Seacroft",
            "Meanwood",
            "Harehills",
            "Horsforth",
            "Oakwood",
        ),
        "Leeds General Infirmary",
        True,
    ),
    Town(
        "Bradford",
        _WY,
        ("BD2", "BD3", "BD5", "BD6", "BD7", "BD8", "BD9", "BD10"),
        53.795,
        -1.759,
        18,
        (
            "Shipley",
            "Idle",
            "Thornbury",
            "Eccleshill",
            "Saltaire",
            "Wibsey",
            "Queensbury",
            "Baildon",
            "Manningham",
            "Allerton",
        ),
        "Bradford Royal Infirmary",
    ),
    Town(
        "Wakefield",
        _WY,
        ("WF1", "WF2", "WF3", "WF4"),
        53.683,
        -1.499,
        10,
        ("Horbury", "Ossett", "Normanton", "Sandal", "Outwood", "Stanley"),
        "Pinderfields Hospital",
    ),
    Town(
        "Huddersfield",
        _WY,
        ("HD1", "HD2", "HD3", "HD4", "HD5"),
        53.645,
        -1.785,
        10,
        ("Lindley", "Holmfirth", "Marsh", "Almondbury", "Mirfield", "Marsden"),
        "Huddersfield Royal Infirmary",
    ),
    Town(
        "Halifax",
        _WY,
        ("HX1", "HX2", "HX3"),
        53.725,
        -1.863,
        7,
        ("Sowerby Bridge", "Elland", "Hebden Bridge", "King Cross", "Siddal"),
        "Calderdale Royal Hospital",
    ),
    Town(
        "Dewsbury",
        _WY,
        ("WF12", "WF13"),
        53.691,
        -1.633,
        4,
        ("Batley", "Birstall", "Thornhill", "Heckmondwike", "Ravensthorpe"),
        "Dewsbury and District Hospital",
    ),
    Town(
        "Keighley",
        _WY,
        ("BD20", "BD21", "BD22"),
        53.867,
        -1.911,
        4,
        ("Riddlesden", "Utley", "Silsden", "Haworth", "Steeton"),
        "Airedale General Hospital",
    ),
    Town(
        "Pudsey",
        _WY,
        ("LS28",),
        53.796,
        -1.662,
        3,
        ("Farsley", "Calverley", "Stanningley"),
        "Leeds General Infirmary",
        True,
    ),
    Town(
        "Morley",
        _WY,
        ("LS27",),
        53.740,
        -1.598,
        3,
        ("Churwell", "Gildersome", "Drighlington"),
        "St James's University Hospital",
        True,
    ),
    Town(
        "Otley",
        _WY,
        ("LS21",),
        53.905,
        -1.694,
        2,
        ("Pool", "Bramhope", "Newall"),
        "Wharfedale Hospital",
        True,
    ),
    Town(
        "Ilkley",
        _WY,
        ("LS29",),
        53.925,
        -1.822,
        2,
        ("Ben Rhydding", "Burley-in-Wharfedale", "Addingham"),
        "Airedale General Hospital",
    ),
    Town(
        "Wetherby",
        _WY,
        ("LS22",),
        53.928,
        -1.386,
        2,
        ("Boston Spa", "Collingham", "Bramham"),
        "St James's University Hospital",
        True,
    ),
    Town(
        "Castleford",
        _WY,
        ("WF10",),
        53.725,
        -1.356,
        3,
        ("Airedale", "Glasshoughton", "Whitwood"),
        "Pinderfields Hospital",
    ),
    Town(
        "Pontefract",
        _WY,
        ("WF8",),
        53.691,
        -1.312,
        2,
        ("Knottingley", "Carleton", "Ackworth"),
        "Pontefract Hospital",
    ),
    Town(
        "Harrogate",
        "North Yorkshire",
        ("HG1", "HG2", "HG3"),
        53.992,
        -1.541,
        4,
        ("Knaresborough", "Starbeck", "Pannal", "Bilton"),
        "Harrogate District Hospital",
    ),
)
# The order in which a caseload's area grows out from Leeds as it gets bigger.
_SPREAD = (
    "Leeds",
    "Pudsey",
    "Morley",
    "Otley",
    "Wetherby",
    "Bradford",
    "Wakefield",
    "Dewsbury",
    "Castleford",
    "Pontefract",
    "Huddersfield",
    "Halifax",
    "Keighley",
    "Ilkley",
    "Harrogate",
)


def area(patients: int) -> Weighted[Town]:
    """The towns a caseload of this size covers: a solo coordinator's few, a service's many."""
    by_name = {town.name: town for town in TOWNS}
    count = min(len(_SPREAD), 3 + patients // 250)
    return Weighted((by_name[name], by_name[name].weight) for name in _SPREAD[:count])


STREETS = (
    "Station Road",
    "Church Lane",
    "Park Avenue",
    "Victoria Street",
    "Moor Lane",
    "Mill Street",
    "Chapel Street",
    "Green Lane",
    "Westfield Road",
    "Manor Drive",
    "Highfield Road",
    "Queen Street",
    "Albert Road",
    "Springfield Avenue",
    "Oakwood Grove",
    "Beech Crescent",
    "Hollin Lane",
    "Kirkgate",
    "Town Street",
    "Raikes Lane",
    "Ashfield Close",
    "Meadow Way",
    "Cross Lane",
    "Back Lane",
    "Valley Road",
    "Moorside Road",
    "Haworth Road",
    "Otley Road",
    "Bradford Road",
    "Leeds Road",
    "Wakefield Road",
    "Halifax Road",
    "Ings Lane",
    "Fold Court",
    "St Mary's Close",
    "Larch Drive",
    "Rowan Court",
    "Fern Bank",
    "Bank Top",
    "Woodhouse Lane",
    "Sandy Lane",
    "Hall Lane",
    "Ravenscliffe Avenue",
    "Thornhill Road",
    "Cliffe Terrace",
)
BLOCKS = (
    "Hawthorn Court",
    "Mulberry House",
    "Priory Court",
    "Sycamore House",
    "Kirkstall Court",
    "Aire View",
    "Millbank House",
    "Calder Court",
    "Beechwood House",
)
# Letters allowed in the inward half of a UK postcode (C, I, K, M, O and V are never used).
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

AGENCY_NAMES = (
    "Dales",
    "Aire Valley",
    "Pennine",
    "Calder",
    "Bluebell",
    "Kirkgate",
    "Heather",
    "Wharfe",
    "Brontë",
    "Ridings",
)
AGENCY_KINDS = ("Home Care", "Care at Home", "Homecare Services", "Care Ltd")
SPECIALTIES = (
    "Consultant geriatrician",
    "Consultant cardiologist",
    "Consultant respiratory physician",
    "Consultant diabetologist",
    "Consultant in old age psychiatry",
    "Consultant neurologist",
)
