"""A deterministic, realistic synthetic caseload for trying carebook and for benchmarks."""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING, Generic, TypeVar

from carebook.core.domain import (
    Allergy,
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    CarePlan,
    CarePlanReview,
    CarePlanStatus,
    CareTeamMember,
    CaseloadBundle,
    CaseloadCounts,
    Condition,
    ConditionStatus,
    Contact,
    ContactRole,
    Goal,
    GoalAchievement,
    GoalLifecycle,
    Intervention,
    InterventionStatus,
    Medication,
    MedicationEvent,
    MedicationEventKind,
    MedicationStatus,
    Note,
    NoteKind,
    OccurrenceChange,
    Patient,
    PatientStatus,
    Problem,
    Sex,
    Task,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.core.recurrence import local_zone_name

if TYPE_CHECKING:  # the builder stays free of SQL; only fill() needs a store
    from carebook.store.caseload import Store

T = TypeVar("T")

#: The record tables whose ids a bundle assigns (the keys of Store.next_ids()).
ID_TABLES = (
    "patient",
    "contact",
    "condition",
    "allergy",
    "medication",
    "medication_event",
    "appointment",
    "task",
    "care_plan",
    "problem",
    "goal",
    "intervention",
    "care_plan_review",
    "note",
)


class NotEmptyError(ValueError):
    """The caseload already holds records, and the demo would be mixed in with them."""


def fill(store: Store, patients: int = 40, seed: int = 1, force: bool = False) -> CaseloadCounts:
    """Load a demo caseload into `store`; a caseload that holds records is refused unless forced."""
    if not store.is_empty() and not force:
        raise NotEmptyError(_refusal(store.counts()))
    bundle = build_caseload(patients, seed, store.today(), id_start=store.next_ids())
    store.load(bundle)
    return store.counts()


def _refusal(counts: CaseloadCounts) -> str:
    held = f"{counts.patients} patient{'s' if counts.patients != 1 else ''}"
    if not counts.patients:
        held += f", {counts.contacts} contacts and {counts.tasks} tasks"
    return (
        f"The caseload already has {held}; the demo caseload would be mixed in with them. "
        "Pass --force to add it anyway."
    )


def build_caseload(
    patients: int, seed: int, today: date, id_start: dict[str, int] | None = None
) -> CaseloadBundle:
    """A caseload of `patients` invented people around `today`, the same for the same arguments.

    Ids run from `id_start[table]` (default 1) for each table in ID_TABLES, so that the bundle can
    be loaded beside records already in a caseload.
    """
    if patients < 0:
        raise ValueError("the number of patients cannot be negative")
    builder = _Builder(random.Random(seed), today, id_start or {})
    if patients:
        builder.build(patients)
    return builder.bundle


class _Weighted(Generic[T]):
    """A weighted choice whose running totals are summed once, not on every draw."""

    __slots__ = ("_items", "_totals")

    def __init__(self, pairs: Iterable[tuple[T, int]]) -> None:
        listed = list(pairs)
        self._items = [item for item, _ in listed]
        self._totals = list(accumulate(weight for _, weight in listed))

    def draw(self, rng: random.Random) -> T:
        return self._items[bisect(self._totals, rng.random() * self._totals[-1])]


# -- catalogues ----------------------------------------------------------------------------------
# A home-care caseload in and around West Yorkshire. Phone numbers come from the ranges Ofcom keeps
# for drama, so no real phone rings; e-mail domains are the reserved example.* ones; NHS numbers
# use the 999 prefix set aside for test data.


@dataclass(frozen=True, slots=True)
class _Town:
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
_TOWNS = (
    _Town(
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
    _Town(
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
    _Town(
        "Wakefield",
        _WY,
        ("WF1", "WF2", "WF3", "WF4"),
        53.683,
        -1.499,
        10,
        ("Horbury", "Ossett", "Normanton", "Sandal", "Outwood", "Stanley"),
        "Pinderfields Hospital",
    ),
    _Town(
        "Huddersfield",
        _WY,
        ("HD1", "HD2", "HD3", "HD4", "HD5"),
        53.645,
        -1.785,
        10,
        ("Lindley", "Holmfirth", "Marsh", "Almondbury", "Mirfield", "Marsden"),
        "Huddersfield Royal Infirmary",
    ),
    _Town(
        "Halifax",
        _WY,
        ("HX1", "HX2", "HX3"),
        53.725,
        -1.863,
        7,
        ("Sowerby Bridge", "Elland", "Hebden Bridge", "King Cross", "Siddal"),
        "Calderdale Royal Hospital",
    ),
    _Town(
        "Dewsbury",
        _WY,
        ("WF12", "WF13"),
        53.691,
        -1.633,
        4,
        ("Batley", "Birstall", "Thornhill", "Heckmondwike", "Ravensthorpe"),
        "Dewsbury and District Hospital",
    ),
    _Town(
        "Keighley",
        _WY,
        ("BD20", "BD21", "BD22"),
        53.867,
        -1.911,
        4,
        ("Riddlesden", "Utley", "Silsden", "Haworth", "Steeton"),
        "Airedale General Hospital",
    ),
    _Town(
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
    _Town(
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
    _Town(
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
    _Town(
        "Ilkley",
        _WY,
        ("LS29",),
        53.925,
        -1.822,
        2,
        ("Ben Rhydding", "Burley-in-Wharfedale", "Addingham"),
        "Airedale General Hospital",
    ),
    _Town(
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
    _Town(
        "Castleford",
        _WY,
        ("WF10",),
        53.725,
        -1.356,
        3,
        ("Airedale", "Glasshoughton", "Whitwood"),
        "Pinderfields Hospital",
    ),
    _Town(
        "Pontefract",
        _WY,
        ("WF8",),
        53.691,
        -1.312,
        2,
        ("Knottingley", "Carleton", "Ackworth"),
        "Pontefract Hospital",
    ),
    _Town(
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


def _area(patients: int) -> _Weighted[_Town]:
    """The towns a caseload of this size covers: a solo coordinator's few, a service's many."""
    by_name = {town.name: town for town in _TOWNS}
    count = min(len(_SPREAD), 3 + patients // 250)
    return _Weighted((by_name[name], by_name[name].weight) for name in _SPREAD[:count])


_STREETS = (
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
_BLOCKS = (
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
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# The hospitals the consultants work at: the ones the towns' patients are sent to.
_HOSPITALS = tuple(dict.fromkeys(town.hospital for town in _TOWNS))
_AGENCY_NAMES = (
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
_AGENCY_KINDS = ("Home Care", "Care at Home", "Homecare Services", "Care Ltd")
_SPECIALTIES = (
    "Consultant geriatrician",
    "Consultant cardiologist",
    "Consultant respiratory physician",
    "Consultant diabetologist",
    "Consultant in old age psychiatry",
    "Consultant neurologist",
)


@dataclass(frozen=True, slots=True)
class _NamePool:
    """Names and home languages of one community in the area's population."""

    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    languages: _Weighted[str]
    younger_female: tuple[str, ...] = ()
    younger_male: tuple[str, ...] = ()
    female_family: tuple[str, ...] = ()

    def given(self, rng: random.Random, sex: Sex, born: int) -> str:
        young = born >= 1958
        if sex is Sex.FEMALE:
            names = self.younger_female if young and self.younger_female else self.female
        elif sex is Sex.MALE:
            names = self.younger_male if young and self.younger_male else self.male
        else:
            names = self.female + self.male
        return rng.choice(names)

    def surname(self, rng: random.Random, sex: Sex) -> str:
        if sex is Sex.FEMALE and self.female_family and rng.random() < 0.25:
            return rng.choice(self.female_family)
        return self.kin_surname(rng, rng.choice(self.family), sex)

    def kin_surname(self, rng: random.Random, family: str, sex: Sex) -> str:
        """A relative's form of `family`: Polish -ski/-ska endings and Singh/Kaur follow sex."""
        female = sex is Sex.FEMALE
        if family.endswith(("ski", "cki", "ska", "cka")):
            return family[:-1] + ("a" if female else "i")
        if family == "Singh" and female and rng.random() < 0.7:
            return "Kaur"
        if family in self.female_family and not female:
            return "Singh" if family == "Kaur" else rng.choice(self.family)
        return family

    def language(self, rng: random.Random) -> str:
        return self.languages.draw(rng)


_BRITISH = _NamePool(
    weight=78,
    female=(
        "Margaret",
        "Dorothy",
        "Joan",
        "Barbara",
        "Patricia",
        "Jean",
        "Mary",
        "Elizabeth",
        "Sheila",
        "Brenda",
        "Joyce",
        "Doreen",
        "Irene",
        "Eileen",
        "Pauline",
        "Maureen",
        "Sylvia",
        "Betty",
        "Kathleen",
        "Valerie",
        "Shirley",
        "Audrey",
        "Marjorie",
        "Edna",
        "Vera",
        "Gladys",
        "Winifred",
        "Hilda",
        "Ethel",
        "Iris",
        "June",
        "Ann",
        "Christine",
        "Susan",
        "Linda",
        "Carol",
        "Janet",
        "Sandra",
        "Gillian",
        "Wendy",
        "Rita",
        "Marion",
        "Jennifer",
        "Beryl",
        "Lilian",
        "Annie",
        "Evelyn",
        "Muriel",
        "Constance",
        "Freda",
    ),
    male=(
        "John",
        "William",
        "George",
        "Robert",
        "David",
        "James",
        "Peter",
        "Michael",
        "Brian",
        "Kenneth",
        "Ronald",
        "Alan",
        "Derek",
        "Raymond",
        "Dennis",
        "Frank",
        "Harold",
        "Albert",
        "Arthur",
        "Frederick",
        "Leonard",
        "Stanley",
        "Norman",
        "Geoffrey",
        "Roy",
        "Keith",
        "Colin",
        "Barry",
        "Terence",
        "Anthony",
        "Trevor",
        "Eric",
        "Walter",
        "Ernest",
        "Gordon",
        "Malcolm",
        "Graham",
        "Stephen",
        "Richard",
        "Thomas",
        "Edward",
        "Joseph",
        "Harry",
        "Douglas",
        "Cyril",
        "Jack",
        "Sidney",
        "Wilfred",
        "Bernard",
        "Maurice",
    ),
    family=(
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Johnson",
        "Walker",
        "Wood",
        "Robinson",
        "Thompson",
        "Wright",
        "White",
        "Hall",
        "Green",
        "Clarke",
        "Jackson",
        "Hughes",
        "Turner",
        "Harrison",
        "Lee",
        "Roberts",
        "Mitchell",
        "Shaw",
        "Marshall",
        "Holmes",
        "Sutcliffe",
        "Barker",
        "Firth",
        "Hirst",
        "Greenwood",
        "Priestley",
        "Ackroyd",
        "Haigh",
        "Crowther",
        "Sykes",
        "Armitage",
        "Bentley",
        "Binns",
        "Hardcastle",
        "Holroyd",
        "Ramsden",
        "Whiteley",
        "Booth",
        "Dawson",
        "Fletcher",
        "Naylor",
        "Pickles",
        "Rhodes",
        "Wainwright",
        "Lister",
        "Atkinson",
        "Moss",
        "Kaye",
        "Gledhill",
        "Bairstow",
        "Brook",
        "Cooper",
        "Ward",
        "Bell",
        "Cook",
        "Morris",
        "Ellis",
        "Parker",
        "Carter",
        "Chapman",
        "Mason",
        "Pearson",
        "Stephenson",
        "Webster",
        "Hill",
        "Scott",
        "Moore",
        "King",
        "Baker",
        "Allen",
        "Young",
        "Harris",
        "Lewis",
        "Martin",
        "Hudson",
        "Illingworth",
        "Thornton",
        "Drake",
        "Hargreaves",
        "Horsfall",
        "Metcalfe",
        "Wilkinson",
        "Robertshaw",
        "Newton",
        "Sharp",
        "Lund",
        "Exley",
        "Midgley",
        "Wade",
    ),
    languages=_Weighted((("English", 1),)),
    younger_female=(
        "Karen",
        "Julie",
        "Lisa",
        "Sarah",
        "Michelle",
        "Claire",
        "Nicola",
        "Joanne",
        "Emma",
        "Rachel",
        "Helen",
        "Tracey",
        "Deborah",
        "Amanda",
        "Kelly",
        "Louise",
        "Victoria",
        "Gemma",
        "Donna",
        "Angela",
    ),
    younger_male=(
        "Mark",
        "Paul",
        "Andrew",
        "Darren",
        "Lee",
        "Craig",
        "Stuart",
        "Jason",
        "Gary",
        "Neil",
        "Simon",
        "Matthew",
        "Daniel",
        "Christopher",
        "Wayne",
        "Martin",
        "Ian",
        "Kevin",
        "Philip",
        "Carl",
    ),
)
_NAME_POOLS = (
    _BRITISH,
    _NamePool(
        weight=8,
        female=(
            "Nasreen",
            "Shamim",
            "Parveen",
            "Zubaida",
            "Rukhsana",
            "Bushra",
            "Shahnaz",
            "Razia",
            "Nusrat",
            "Kausar",
            "Fazilat",
            "Safia",
            "Zarina",
            "Yasmin",
            "Khalida",
        ),
        male=(
            "Mohammed",
            "Muhammad",
            "Abdul",
            "Ghulam",
            "Bashir",
            "Rashid",
            "Nazir",
            "Iqbal",
            "Zafar",
            "Aslam",
            "Liaqat",
            "Sajid",
            "Tariq",
            "Arshad",
            "Akram",
        ),
        family=(
            "Khan",
            "Hussain",
            "Ahmed",
            "Ali",
            "Akhtar",
            "Iqbal",
            "Shah",
            "Mahmood",
            "Rashid",
            "Aslam",
            "Bashir",
            "Qureshi",
            "Malik",
            "Butt",
            "Mirza",
            "Raja",
            "Chaudhry",
            "Sadiq",
        ),
        female_family=("Begum", "Bibi"),
        languages=_Weighted(
            (("Urdu", 35), ("Punjabi", 20), ("Pahari-Pothwari", 10), ("English", 35))
        ),
    ),
    _NamePool(
        weight=4,
        female=(
            "Surinder",
            "Kulwant",
            "Gurmeet",
            "Jaswinder",
            "Manjit",
            "Amrit",
            "Harbans",
            "Kamla",
            "Pushpa",
            "Savita",
            "Hansa",
            "Kanta",
            "Usha",
            "Jasbir",
        ),
        male=(
            "Gurdev",
            "Harjit",
            "Balbir",
            "Ajit",
            "Kuldip",
            "Jagdish",
            "Ramesh",
            "Mahendra",
            "Pravin",
            "Ashok",
            "Suresh",
            "Dilip",
            "Mohinder",
            "Sohan",
            "Karnail",
        ),
        family=(
            "Singh",
            "Sandhu",
            "Gill",
            "Dhillon",
            "Bains",
            "Sidhu",
            "Patel",
            "Mistry",
            "Parmar",
            "Chauhan",
            "Sharma",
            "Kumar",
            "Lad",
            "Bhatti",
        ),
        female_family=("Kaur",),
        languages=_Weighted((("Punjabi", 40), ("Gujarati", 15), ("Hindi", 5), ("English", 40))),
    ),
    _NamePool(
        weight=3,
        female=(
            "Bridget",
            "Mary",
            "Kathleen",
            "Maureen",
            "Eileen",
            "Noreen",
            "Teresa",
            "Philomena",
            "Nora",
            "Anne",
        ),
        male=(
            "Patrick",
            "Michael",
            "Sean",
            "Thomas",
            "Francis",
            "Declan",
            "Brendan",
            "Gerard",
            "Liam",
            "Martin",
        ),
        family=(
            "Murphy",
            "Kelly",
            "O'Brien",
            "Byrne",
            "Ryan",
            "O'Connor",
            "Walsh",
            "McCarthy",
            "Doyle",
            "Gallagher",
            "Quinn",
            "Brennan",
            "Flanagan",
            "Kavanagh",
            "Nolan",
        ),
        languages=_Weighted((("English", 1),)),
    ),
    _NamePool(
        weight=3,
        female=(
            "Hyacinth",
            "Gloria",
            "Icilda",
            "Merle",
            "Enid",
            "Pearline",
            "Myrtle",
            "Beverley",
            "Cynthia",
            "Veronica",
            "Lorna",
            "Monica",
        ),
        male=(
            "Winston",
            "Clinton",
            "Delroy",
            "Lloyd",
            "Errol",
            "Everton",
            "Leroy",
            "Desmond",
            "Carlton",
            "Vincent",
            "Neville",
            "Clive",
        ),
        family=(
            "Campbell",
            "Brown",
            "Williams",
            "Francis",
            "Grant",
            "Reid",
            "Thomas",
            "Henry",
            "Morgan",
            "Bailey",
            "Gordon",
            "Richards",
            "Samuels",
            "Lewis",
            "Clarke",
        ),
        languages=_Weighted((("English", 1),)),
    ),
    _NamePool(
        weight=2,
        female=(
            "Halina",
            "Krystyna",
            "Danuta",
            "Barbara",
            "Teresa",
            "Zofia",
            "Jadwiga",
            "Irena",
            "Stanisława",
            "Wanda",
        ),
        male=(
            "Stanisław",
            "Tadeusz",
            "Józef",
            "Jan",
            "Kazimierz",
            "Zbigniew",
            "Andrzej",
            "Czesław",
            "Władysław",
            "Jerzy",
        ),
        family=(
            "Kowalski",
            "Nowak",
            "Wiśniewski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowski",
            "Jankowski",
            "Mazur",
            "Krawczyk",
            "Piotrowski",
        ),
        languages=_Weighted((("Polish", 55), ("English", 45))),
    ),
    _NamePool(
        weight=1,
        female=("Maria", "Giuseppina", "Anna", "Rosa", "Carmela", "Lucia", "Teresa", "Concetta"),
        male=(
            "Giuseppe",
            "Antonio",
            "Giovanni",
            "Salvatore",
            "Francesco",
            "Mario",
            "Luigi",
            "Vincenzo",
        ),
        family=(
            "Rossi",
            "Russo",
            "Esposito",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
        ),
        languages=_Weighted((("Italian", 40), ("English", 60))),
    ),
    _NamePool(
        weight=1,
        female=("Lai Ching", "Mei Lin", "Siu Fong", "Wai Man", "Yuk Lan", "Kam Ying"),
        male=("Kwok Wing", "Chi Keung", "Man Kit", "Wing Hong", "Kin Wah", "Ka Ming"),
        family=("Chan", "Wong", "Cheung", "Lam", "Li", "Leung", "Ho", "Ng", "Tang", "Yip"),
        languages=_Weighted((("Cantonese", 60), ("English", 40))),
    ),
)
_POOL_CHOICE = _Weighted((pool, pool.weight) for pool in _NAME_POOLS)

_NICKNAMES = {
    "Margaret": ("Peggy", "Maggie", "Meg"),
    "Elizabeth": ("Betty", "Liz", "Beth"),
    "Dorothy": ("Dot", "Dolly"),
    "Kathleen": ("Kath", "Kathy"),
    "Patricia": ("Pat", "Trish"),
    "Barbara": ("Babs",),
    "Winifred": ("Winnie",),
    "Constance": ("Connie",),
    "Christine": ("Chris",),
    "Susan": ("Sue",),
    "Jennifer": ("Jenny",),
    "Gillian": ("Gill",),
    "William": ("Bill", "Billy"),
    "Robert": ("Bob", "Bobby"),
    "Frederick": ("Fred",),
    "Albert": ("Bert",),
    "Leonard": ("Len",),
    "Kenneth": ("Ken",),
    "Ronald": ("Ron",),
    "Stanley": ("Stan",),
    "Anthony": ("Tony",),
    "Terence": ("Terry",),
    "Geoffrey": ("Geoff",),
    "Raymond": ("Ray",),
    "Michael": ("Mike", "Mick"),
    "James": ("Jim", "Jimmy"),
    "John": ("Jack",),
    "Harold": ("Harry",),
    "Edward": ("Ted", "Eddie"),
    "Thomas": ("Tom",),
    "Joseph": ("Joe",),
    "Bernard": ("Bernie",),
    "Douglas": ("Doug",),
    "Sidney": ("Sid",),
    "Wilfred": ("Wilf",),
    "Muhammad": ("Mo",),
    "Stanisław": ("Stan",),
    "Giuseppe": ("Joe",),
    "Bridget": ("Biddy",),
    "Patrick": ("Paddy",),
}
_PROFESSIONAL_GIVEN = (
    "Sarah",
    "James",
    "Priya",
    "Omar",
    "Helen",
    "Rajesh",
    "Emma",
    "David",
    "Fatima",
    "Tom",
    "Catherine",
    "Imran",
    "Rachel",
    "Ben",
    "Nadia",
    "Andrew",
    "Claire",
    "Hamza",
    "Lucy",
    "Chidi",
    "Grace",
    "Ahmed",
    "Kate",
    "Daniel",
    "Aisha",
    "Oliver",
    "Sophie",
    "Rohan",
    "Hannah",
    "Yusuf",
)
_ACCESS_NOTES = (
    "Key safe by the front door, code {code}",
    "Key safe on the side wall, code {code}; please scramble the numbers after use",
    "Small dog (friendly): please shut the door behind you",
    "Dog: ask the family to put him in the garden before visits",
    "Two cats; don't let them out",
    "Ring twice and wait: slow to the door",
    "Knock loudly: hard of hearing and the doorbell is broken",
    "Use the back door; the front door is bolted",
    "Park on the street: the drive belongs to next door",
    "Visitor parking permit in the hall drawer",
    "Oxygen in use: no smoking, no naked flames",
    "Hoist in the bedroom: two carers needed for transfers",
    "Lives alone; the neighbour at number {number} has a spare key",
    "Shoes off at the door, please",
    "Steep steps to the front door, no handrail",
    "Narrow lane: turn round at the pub, not in the farm gateway",
)
# Who pays for care, and the prefix of the reference they give the patient.
_PAYER_CHOICE = _Weighted(
    (
        (("Local authority (adult social care)", "ASC"), 45),
        (("Self-funded", ""), 24),
        (("Direct payment", "DP"), 12),
        (("NHS Continuing Healthcare", "CHC"), 10),
        (("Council-funded with family top-up", "ASC"), 6),
        (("Private insurance", "PH"), 3),
    )
)
_STATUS_CHOICE = _Weighted(
    (
        (PatientStatus.ACTIVE, 85),
        (PatientStatus.ON_HOLD, 7),
        (PatientStatus.DISCHARGED, 5),
        (PatientStatus.DECEASED, 3),
    )
)
_ACCESS_NOTE_COUNT = _Weighted(((0, 20), (1, 45), (2, 28), (3, 7)))
# Who the main family carer is, with how many years after the patient they were born; the second
# choice of each pair leaves out spouses and parents (for a power of attorney beside the carer).
_OLDER_FAMILY = (
    ("Daughter", 28, 38),
    ("Son", 28, 20),
    ("Spouse", 0, 30),
    ("Niece", 26, 4),
    ("Granddaughter", 55, 4),
    ("Friend", 0, 4),
)
_YOUNGER_FAMILY = (
    ("Mother", -25, 25),
    ("Father", -27, 10),
    ("Sister", 2, 25),
    ("Spouse", 0, 30),
    ("Friend", 0, 10),
)
_OLDER_RELATIONS = tuple(
    _Weighted(
        ((name, gap), weight)
        for name, gap, weight in _OLDER_FAMILY
        if not child or name not in ("Spouse", "Mother", "Father")
    )
    for child in (False, True)
)
_YOUNGER_RELATIONS = tuple(
    _Weighted(
        ((name, gap), weight)
        for name, gap, weight in _YOUNGER_FAMILY
        if not child or name not in ("Spouse", "Mother", "Father")
    )
    for child in (False, True)
)


@dataclass(frozen=True, slots=True)
class _Med:
    """A medication as a prescriber would write it, and how its changes tend to read."""

    name: str
    strength: str
    dose: str
    route: str
    frequency: str
    times: str = ""
    instructions: str = ""
    prn_reason: str = ""
    max_per_day: str = ""
    # (what changed, why, the dose before) for a DOSE_CHANGED event; the STARTED event then
    # records the dose before, so the history reads in order.
    change: tuple[str, str, str] | None = None
    group: str = ""  # medicines of one class, of which a patient takes only one

    @property
    def kind(self) -> str:
        return self.group or self.name


_OD, _NIGHT, _BD = ("once daily", "08:00"), ("at night", "21:00"), ("twice daily", "08:00, 20:00")
_TDS = ("three times daily", "08:00, 13:00, 18:00")
_QDS = ("four times daily", "08:00, 12:00, 17:00, 22:00")


def _med(
    name: str,
    strength: str,
    dose: str,
    route: str,
    when: tuple[str, str],
    instructions: str = "",
    change: tuple[str, str, str] | None = None,
    group: str = "",
) -> _Med:
    frequency, times = when
    return _Med(
        name, strength, dose, route, frequency, times, instructions, change=change, group=group
    )


def _prn(
    name: str,
    strength: str,
    dose: str,
    route: str,
    frequency: str,
    reason: str,
    max_per_day: str,
    instructions: str = "",
    group: str = "",
) -> _Med:
    return _Med(
        name, strength, dose, route, frequency, "", instructions, reason, max_per_day, group=group
    )


_ATORVASTATIN_20 = _med("Atorvastatin", "20 mg", "1 tablet", "oral", _NIGHT, group="statin")
_SERTRALINE = _med(
    "Sertraline",
    "100 mg",
    "1 tablet",
    "oral",
    _OD,
    group="ssri",
    change=(
        "Increased from 50 mg to 100 mg once daily",
        "Low mood persisting at 6-week review",
        "50 mg 1 tablet oral once daily",
    ),
)
_BISOPROLOL = _med(
    "Bisoprolol",
    "2.5 mg",
    "1 tablet",
    "oral",
    _OD,
    change=(
        "Increased from 1.25 mg to 2.5 mg once daily",
        "Heart rate still above 80 at rest",
        "1.25 mg 1 tablet oral once daily",
    ),
)
_CLOPIDOGREL = _med("Clopidogrel", "75 mg", "1 tablet", "oral", _OD, group="antiplatelet")
_CODEINE = _prn(
    "Codeine phosphate",
    "30 mg",
    "1 tablet",
    "oral",
    "up to four times a day",
    "moderate pain",
    "4 tablets",
    "May cause constipation and drowsiness.",
)
_BACLOFEN = _med(
    "Baclofen",
    "10 mg",
    "1 tablet",
    "oral",
    _TDS,
    change=(
        "Increased from 5 mg to 10 mg three times daily",
        "Spasms at night",
        "5 mg 1 tablet oral three times daily",
    ),
)


@dataclass(frozen=True, slots=True)
class _PlanPart:
    """What a care plan says about one condition: the problem, measurable goals, interventions."""

    problem: str
    goals: tuple[tuple[str, str, int], ...]  # description, measurable target, due in days
    interventions: tuple[tuple[str, str, str], ...]  # description, performer key, how often


@dataclass(frozen=True, slots=True)
class _ConditionKind:
    description: str
    code: str  # SNOMED CT
    weight_old: int
    weight_young: int
    meds: tuple[_Med, ...] = ()
    prn: tuple[_Med, ...] = ()
    plan: _PlanPart | None = None
    group: str = ""  # conditions of which a patient has only one (kinds of dementia)
    male_only: bool = False

    @property
    def kind(self) -> str:
        return self.group or self.description


_CONDITIONS = (
    _ConditionKind(
        "Essential hypertension",
        "59621000",
        60,
        15,
        meds=(
            _med(
                "Amlodipine",
                "10 mg",
                "1 tablet",
                "oral",
                _OD,
                change=(
                    "Increased from 5 mg to 10 mg once daily",
                    "Blood pressure above target at review",
                    "5 mg 1 tablet oral once daily",
                ),
            ),
            _med(
                "Ramipril",
                "5 mg",
                "1 capsule",
                "oral",
                _OD,
                group="acei",
                change=(
                    "Increased from 2.5 mg to 5 mg once daily",
                    "Blood pressure above target; kidney function stable",
                    "2.5 mg 1 capsule oral once daily",
                ),
            ),
            _med("Losartan", "50 mg", "1 tablet", "oral", _OD, group="acei"),
            _med(
                "Indapamide",
                "2.5 mg",
                "1 tablet",
                "oral",
                ("once daily", "08:00"),
                "Take in the morning.",
            ),
        ),
        plan=_PlanPart(
            "High blood pressure",
            (("Blood pressure within target", "Home readings below 150/90 on 4 of 5 days", 90),),
            (
                ("Check and record blood pressure at visits", "coordinator", "weekly"),
                ("Morning tablets taken from the blister pack", "caregiver", "daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Type 2 diabetes mellitus",
        "44054006",
        25,
        12,
        meds=(
            _med(
                "Metformin",
                "500 mg",
                "1 tablet",
                "oral",
                ("twice daily", "08:00, 18:00"),
                "Take with food.",
                change=(
                    "Increased from 500 mg once daily to 500 mg twice daily",
                    "HbA1c above target",
                    "500 mg 1 tablet oral once daily",
                ),
            ),
            _med(
                "Gliclazide",
                "80 mg",
                "1 tablet",
                "oral",
                ("twice daily", "08:00, 18:00"),
                "Take with breakfast and the evening meal. Can cause hypos: keep glucose "
                "tablets handy.",
            ),
            _med(
                "Sitagliptin",
                "50 mg",
                "1 tablet",
                "oral",
                _OD,
                change=(
                    "Reduced from 100 mg to 50 mg once daily",
                    "Kidney function lower (eGFR 38)",
                    "100 mg 1 tablet oral once daily",
                ),
            ),
            _med(
                "Empagliflozin",
                "10 mg",
                "1 tablet",
                "oral",
                _OD,
                "Stop if vomiting or not eating (sick day rules).",
                group="sglt2",
            ),
            _med(
                "Insulin glargine",
                "100 units/mL pen",
                "14 units",
                "subcutaneous",
                ("once daily", "22:00"),
                "Given by the district nurse. Check blood sugar before the dose.",
                change=(
                    "Increased from 12 units to 14 units",
                    "Morning blood sugars above 10 mmol/L",
                    "100 units/mL pen 12 units subcutaneous once daily",
                ),
            ),
        ),
        plan=_PlanPart(
            "Type 2 diabetes: risk of high and low blood sugars",
            (
                ("HbA1c in range", "HbA1c 53-64 mmol/mol at the next blood test", 120),
                ("No hypos", "No blood sugar below 4 mmol/L recorded over 3 months", 90),
            ),
            (
                ("Prompt meals at regular times", "agency", "daily"),
                ("HbA1c blood test before the diabetes review", "gp", "every 6 months"),
                ("Annual diabetic foot check by podiatry", "coordinator", "yearly"),
            ),
        ),
    ),
    _ConditionKind(
        "Chronic obstructive pulmonary disease",
        "13645005",
        15,
        4,
        meds=(
            _med(
                "Tiotropium",
                "2.5 micrograms/dose",
                "2 puffs",
                "inhaled",
                _OD,
                "Soft-mist inhaler: check technique at reviews.",
            ),
            _med(
                "Beclometasone/formoterol",
                "100/6 micrograms/dose",
                "2 puffs",
                "inhaled",
                _BD,
                "Rinse mouth after use.",
            ),
            _med("Carbocisteine", "375 mg", "2 capsules", "oral", _TDS),
        ),
        prn=(
            _prn(
                "Salbutamol",
                "100 micrograms/dose",
                "2 puffs",
                "inhaled",
                "when needed",
                "breathlessness or wheeze",
                "8 puffs",
                "Use with the spacer.",
            ),
        ),
        plan=_PlanPart(
            "Breathlessness from COPD; at risk of chest infections",
            (
                ("Stay out of hospital", "No hospital admission for a COPD flare in 6 months", 180),
                (
                    "Uses inhalers correctly",
                    "Inhaler technique checked and correct at 2 visits",
                    30,
                ),
            ),
            (
                (
                    "Check inhaler technique and that the rescue pack is in date",
                    "coordinator",
                    "monthly",
                ),
                ("Pulmonary rehabilitation course", "therapist", "twice weekly for 6 weeks"),
                ("Flu and pneumococcal vaccines", "gp", "yearly"),
            ),
        ),
    ),
    _ConditionKind(
        "Chronic congestive heart failure",
        "88805009",
        12,
        1,
        meds=(
            _med(
                "Furosemide",
                "40 mg",
                "1 tablet",
                "oral",
                _OD,
                "Take in the morning (makes you pass water).",
                change=(
                    "Increased from 20 mg to 40 mg in the morning",
                    "Ankle swelling and weight up 2 kg",
                    "20 mg 1 tablet oral once daily",
                ),
            ),
            _BISOPROLOL,
            _med("Sacubitril/valsartan", "24/26 mg", "1 tablet", "oral", _BD, group="acei"),
            _med("Spironolactone", "25 mg", "1 tablet", "oral", _OD),
            _med("Dapagliflozin", "10 mg", "1 tablet", "oral", _OD, group="sglt2"),
        ),
        plan=_PlanPart(
            "Heart failure: fluid build-up and breathlessness",
            (("Stable weight", "Weight within 2 kg of dry weight, recorded daily", 60),),
            (
                ("Weigh each morning and write it in the diary", "caregiver", "daily"),
                (
                    "Report a gain over 2 kg in 3 days to the heart failure nurse",
                    "coordinator",
                    "as needed",
                ),
                ("Review of diuretic dose", "gp", "every 3 months"),
            ),
        ),
    ),
    _ConditionKind(
        "Atrial fibrillation",
        "49436004",
        15,
        1,
        meds=(
            _med(
                "Apixaban",
                "2.5 mg",
                "1 tablet",
                "oral",
                _BD,
                "Anticoagulant: do not miss doses. Report bleeding or black stools.",
                change=(
                    "Reduced from 5 mg to 2.5 mg twice daily",
                    "Age over 80 and weight under 60 kg",
                    "5 mg 1 tablet oral twice daily",
                ),
                group="anticoagulant",
            ),
            _med(
                "Edoxaban",
                "30 mg",
                "1 tablet",
                "oral",
                _OD,
                "Anticoagulant: do not miss doses.",
                group="anticoagulant",
            ),
            _med(
                "Warfarin",
                "1 mg",
                "as per INR book",
                "oral",
                ("once daily", "18:00"),
                "Dose set by the anticoagulation clinic; check the yellow book.",
                group="anticoagulant",
            ),
            _med("Digoxin", "62.5 micrograms", "1 tablet", "oral", _OD),
            _BISOPROLOL,
        ),
        plan=_PlanPart(
            "Atrial fibrillation on anticoagulation: stroke and bleeding risk",
            (
                (
                    "Takes the anticoagulant every day",
                    "No missed doses at blister pack checks for 8 weeks",
                    56,
                ),
            ),
            (
                ("Check the blister pack at each visit", "coordinator", "weekly"),
                ("Kidney function blood test for anticoagulant dosing", "gp", "yearly"),
            ),
        ),
    ),
    _ConditionKind(
        "Osteoarthritis of knee",
        "239873007",
        25,
        4,
        meds=(
            _med(
                "Paracetamol",
                "500 mg",
                "2 tablets",
                "oral",
                _QDS,
                "No more than 8 tablets in 24 hours.",
                group="paracetamol",
            ),
            _med(
                "Ibuprofen",
                "5% gel",
                "apply thinly",
                "topical",
                ("three times daily", "08:00, 14:00, 20:00"),
                group="nsaid",
            ),
            _med("Naproxen", "250 mg", "1 tablet", "oral", _BD, "Take with food.", group="nsaid"),
        ),
        prn=(_CODEINE,),
        plan=_PlanPart(
            "Pain and stiffness in the knees limit walking",
            (
                (
                    "Walks to the shops with the frame",
                    "Walks 200 m with the frame twice a week",
                    90,
                ),
                ("Pain controlled", "Pain score 4/10 or less at visits", 60),
            ),
            (
                ("Home exercise programme", "therapist", "three times a week"),
                ("Regular paracetamol before morning care", "agency", "daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Osteoarthritis of hip",
        "239872002",
        12,
        2,
        meds=(
            _med(
                "Paracetamol",
                "500 mg",
                "2 tablets",
                "oral",
                _QDS,
                "No more than 8 tablets in 24 hours.",
                group="paracetamol",
            ),
        ),
        prn=(_CODEINE,),
        plan=_PlanPart(
            "Hip pain: struggles with stairs and getting out of the chair",
            (("Safe on the stairs", "Uses the second stair rail every time (carer check)", 42),),
            (
                ("Second stair rail and chair raisers fitted", "therapist", "once"),
                ("Help with washing lower body", "agency", "daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Alzheimer's disease",
        "26929004",
        10,
        0,
        group="dementia",
        meds=(
            _med(
                "Donepezil",
                "10 mg",
                "1 tablet",
                "oral",
                _NIGHT,
                group="dementia",
                change=(
                    "Increased from 5 mg to 10 mg at night",
                    "Tolerating well; memory clinic advice",
                    "5 mg 1 tablet oral at night",
                ),
            ),
            _med(
                "Memantine",
                "10 mg",
                "1 tablet",
                "oral",
                _OD,
                change=(
                    "Increased from 5 mg to 10 mg once daily",
                    "Titration per memory clinic",
                    "5 mg 1 tablet oral once daily",
                ),
            ),
            _med(
                "Rivastigmine",
                "4.6 mg/24 hours patch",
                "1 patch",
                "transdermal",
                _OD,
                "Apply a new patch each morning to a different site; remove the old one.",
                group="dementia",
            ),
        ),
        plan=_PlanPart(
            "Memory loss: missed meals and medicines, at risk when alone",
            (
                ("Eats two hot meals a day", "Food diary shows 2 hot meals daily for 4 weeks", 30),
                ("Stays safe at home", "No wandering incidents reported in 3 months", 90),
            ),
            (
                ("Prompted medicines from a locked dosette box", "agency", "twice daily"),
                ("Day centre", "agency", "Tuesdays and Fridays"),
                ("Carer's assessment for the family", "social_worker", "once"),
            ),
        ),
    ),
    _ConditionKind(
        "Vascular dementia",
        "429998004",
        6,
        0,
        group="dementia",
        meds=(_CLOPIDOGREL, _ATORVASTATIN_20),
        plan=_PlanPart(
            "Memory and planning problems after small strokes",
            (("Keeps to a daily routine", "Uses the day planner board on 5 of 7 days", 45),),
            (
                ("Day planner board updated at each call", "agency", "daily"),
                ("Memory clinic follow-up", "gp", "every 6 months"),
            ),
        ),
    ),
    _ConditionKind(
        "Dementia",
        "52448006",
        6,
        0,
        group="dementia",
        meds=(_med("Donepezil", "5 mg", "1 tablet", "oral", _NIGHT, group="dementia"),),
        plan=_PlanPart(
            "Memory loss: needs prompting with meals, medicines and appointments",
            (("Attends appointments", "No missed appointments in 3 months", 90),),
            (
                ("Reminder call the day before appointments", "coordinator", "as needed"),
                ("Prompted medicines", "agency", "twice daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Chronic kidney disease stage 3",
        "433144002",
        15,
        2,
        meds=(
            _ATORVASTATIN_20,
            _med("Sodium bicarbonate", "500 mg", "1 capsule", "oral", _BD),
            _med("Alfacalcidol", "250 nanograms", "1 capsule", "oral", _OD),
        ),
        plan=_PlanPart(
            "Kidney disease: medicine doses must follow kidney function",
            (("Kidney function stable", "eGFR not down by more than 5 at the next test", 180),),
            (
                ("Kidney function blood test (U&E)", "gp", "every 6 months"),
                ("Doses checked against eGFR", "pharmacy", "each new prescription"),
            ),
        ),
    ),
    _ConditionKind(
        "Osteoporosis",
        "64859006",
        15,
        1,
        meds=(
            _med(
                "Alendronic acid",
                "70 mg",
                "1 tablet",
                "oral",
                ("once weekly (Sunday)", "07:00"),
                "Sunday before breakfast with a full glass of water; stay upright for 30 minutes.",
            ),
            _med(
                "Calcium carbonate/colecalciferol",
                "1.5 g/400 units",
                "1 chewable tablet",
                "oral",
                _BD,
                "Not at the same time as alendronic acid.",
                group="vitamin d",
            ),
            _med(
                "Denosumab",
                "60 mg/mL",
                "60 mg",
                "subcutaneous",
                ("every 6 months", ""),
                "Given at the GP surgery.",
            ),
        ),
        plan=_PlanPart(
            "Falls risk: osteoporosis and unsteady on her feet",
            (
                ("No falls", "No falls in the next 3 months", 90),
                ("Home made safer", "Grab rails and a second stair rail fitted", 42),
            ),
            (
                ("Falls clinic referral", "gp", "once"),
                ("Pendant alarm worn at all times", "caregiver", "daily"),
                ("Strength and balance exercises", "therapist", "twice weekly"),
            ),
        ),
    ),
    _ConditionKind(
        "Depressive disorder",
        "35489007",
        15,
        15,
        meds=(
            _SERTRALINE,
            _med("Mirtazapine", "15 mg", "1 tablet", "oral", _NIGHT),
            _med(
                "Citalopram",
                "10 mg",
                "1 tablet",
                "oral",
                _OD,
                group="ssri",
                change=(
                    "Reduced from 20 mg to 10 mg once daily",
                    "Over 65: lower dose advised (heart rhythm)",
                    "20 mg 1 tablet oral once daily",
                ),
            ),
        ),
        plan=_PlanPart(
            "Low mood and loneliness since bereavement",
            (
                ("More social contact", "Goes to the lunch club once a week", 60),
                ("Mood better", "PHQ-9 score below 10 at the review", 90),
            ),
            (
                ("Befriending service referral", "social_worker", "once"),
                ("Phone call from the coordinator", "coordinator", "weekly"),
            ),
        ),
    ),
    _ConditionKind(
        "Hypothyroidism",
        "40930008",
        10,
        4,
        meds=(
            _med(
                "Levothyroxine",
                "75 micrograms",
                "1 tablet",
                "oral",
                ("once daily", "07:00"),
                "Take 30 minutes before breakfast.",
                change=(
                    "Increased from 50 to 75 micrograms once daily",
                    "TSH raised on blood test",
                    "50 micrograms 1 tablet oral once daily",
                ),
            ),
        ),
    ),
    _ConditionKind(
        "Parkinson's disease",
        "49049000",
        4,
        1,
        meds=(
            _med(
                "Co-careldopa",
                "25/100 mg",
                "1 tablet",
                "oral",
                ("four times daily", "07:00, 11:00, 15:00, 19:00"),
                "Time-critical: give on time, every time.",
                change=(
                    "Increased from three to four times a day",
                    "Wearing off before the next dose",
                    "25/100 mg 1 tablet oral three times daily",
                ),
            ),
            _med("Rasagiline", "1 mg", "1 tablet", "oral", _OD),
        ),
        plan=_PlanPart(
            "Parkinson's: time-critical medicines, slowness and falls",
            (
                (
                    "Doses on time",
                    "Co-careldopa given within 30 minutes of due time on 90% of doses",
                    30,
                ),
            ),
            (
                ("Care calls timed to medicine times", "agency", "four times daily"),
                ("Parkinson's nurse review", "gp", "every 6 months"),
            ),
        ),
    ),
    _ConditionKind(
        "Benign prostatic hyperplasia",
        "266569009",
        10,
        0,
        male_only=True,
        meds=(
            _med(
                "Tamsulosin",
                "400 micrograms",
                "1 capsule",
                "oral",
                _OD,
                "Take after breakfast; may cause dizziness on standing.",
            ),
            _med("Finasteride", "5 mg", "1 tablet", "oral", _OD),
        ),
    ),
    _ConditionKind(
        "Coronary heart disease",
        "53741008",
        15,
        2,
        meds=(
            _med(
                "Aspirin",
                "75 mg",
                "1 dispersible tablet",
                "oral",
                _OD,
                "Take with or after food.",
                group="antiplatelet",
            ),
            _med("Atorvastatin", "40 mg", "1 tablet", "oral", _NIGHT, group="statin"),
            _med("Isosorbide mononitrate", "60 mg MR", "1 tablet", "oral", _OD),
        ),
        prn=(
            _prn(
                "Glyceryl trinitrate",
                "400 micrograms/dose spray",
                "1-2 sprays",
                "sublingual",
                "when needed",
                "chest pain",
                "3 doses 5 minutes apart, then call 999",
            ),
        ),
        plan=_PlanPart(
            "Angina on exertion",
            (
                (
                    "Knows what to do for chest pain",
                    "Can explain GTN spray use and when to call 999",
                    30,
                ),
            ),
            (("GTN spray in date and within reach", "coordinator", "monthly"),),
        ),
    ),
    _ConditionKind(
        "Stroke (previous)",
        "230690007",
        10,
        4,
        meds=(
            _CLOPIDOGREL,
            _med("Atorvastatin", "80 mg", "1 tablet", "oral", _NIGHT, group="statin"),
        ),
        plan=_PlanPart(
            "Left-sided weakness after a stroke",
            (("Transfers safely", "Bed to chair with one carer and the frame", 60),),
            (
                ("Physiotherapy home exercises", "therapist", "weekly"),
                ("Help with washing and dressing", "agency", "twice daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Hyperlipidaemia",
        "55822004",
        20,
        6,
        meds=(
            _ATORVASTATIN_20,
            _med("Simvastatin", "40 mg", "1 tablet", "oral", _NIGHT, group="statin"),
        ),
    ),
    _ConditionKind(
        "Age-related macular degeneration",
        "267718000",
        8,
        0,
        plan=_PlanPart(
            "Poor eyesight: cannot read medicine labels or post",
            (("Manages post and medicines safely", "Large-print labels on all medicines", 30),),
            (
                ("Large-print labels requested", "pharmacy", "once"),
                ("Sight loss team home assessment", "social_worker", "once"),
            ),
        ),
    ),
    _ConditionKind(
        "Urinary incontinence",
        "165232002",
        12,
        3,
        meds=(
            _med("Mirabegron", "50 mg", "1 tablet", "oral", _OD),
            _med("Solifenacin", "5 mg", "1 tablet", "oral", _OD),
        ),
        plan=_PlanPart(
            "Urinary incontinence: skin and dignity",
            (("Skin intact", "No redness or sores at weekly skin checks", 60),),
            (
                ("Continence assessment and pads supply", "nurse", "every 3 months"),
                ("Skin check during personal care", "agency", "daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Chronic pain",
        "82423001",
        10,
        10,
        meds=(
            _med(
                "Buprenorphine",
                "5 micrograms/hour patch",
                "1 patch",
                "transdermal",
                ("once weekly (Monday)", "08:00"),
                "Change every Monday; record the site on the patch chart.",
            ),
            _med("Amitriptyline", "10 mg", "1 tablet", "oral", _NIGHT),
            _med("Pregabalin", "75 mg", "1 capsule", "oral", _BD),
        ),
        prn=(_CODEINE,),
        plan=_PlanPart(
            "Persistent back pain disturbs sleep",
            (("Sleeps through most nights", "Sleeps 6 hours or more on 5 nights a week", 60),),
            (
                ("Pain diary kept", "caregiver", "daily"),
                ("Pain medicines review", "gp", "every 3 months"),
            ),
        ),
    ),
    _ConditionKind(
        "Anxiety disorder",
        "197480006",
        8,
        10,
        meds=(_med("Sertraline", "50 mg", "1 tablet", "oral", _OD, group="ssri"),),
        prn=(
            _prn(
                "Lorazepam",
                "0.5 mg",
                "1 tablet",
                "oral",
                "when needed",
                "severe anxiety",
                "2 tablets",
            ),
        ),
    ),
    _ConditionKind(
        "Recurrent falls",
        "161898004",
        15,
        2,
        meds=(_med("Colecalciferol", "800 units", "1 capsule", "oral", _OD, group="vitamin d"),),
        plan=_PlanPart(
            "Recurrent falls at home",
            (("Fewer falls", "No more than 1 fall in the next 3 months", 90),),
            (
                ("Pendant alarm worn at all times", "caregiver", "daily"),
                ("Falls clinic referral", "gp", "once"),
                ("Home hazards check (rugs, lighting)", "therapist", "once"),
            ),
        ),
    ),
    _ConditionKind(
        "Gout",
        "90560007",
        5,
        2,
        meds=(
            _med(
                "Allopurinol",
                "200 mg",
                "1 tablet",
                "oral",
                _OD,
                change=(
                    "Increased from 100 mg to 200 mg once daily",
                    "Urate above target",
                    "100 mg 1 tablet oral once daily",
                ),
            ),
        ),
        prn=(
            _prn(
                "Colchicine",
                "500 micrograms",
                "1 tablet",
                "oral",
                "two to four times a day in a flare",
                "gout flare",
                "4 tablets",
            ),
        ),
    ),
    _ConditionKind(
        "Constipation",
        "14760008",
        8,
        4,
        meds=(
            _med(
                "Macrogol",
                "13.8 g sachet",
                "1 sachet",
                "oral",
                _OD,
                "Mix in half a glass of water.",
                group="laxative",
            ),
            _med("Senna", "7.5 mg", "2 tablets", "oral", _NIGHT, group="senna"),
        ),
    ),
    _ConditionKind(
        "Iron deficiency anaemia",
        "87522002",
        5,
        1,
        meds=(
            _med("Ferrous fumarate", "210 mg", "1 tablet", "oral", _BD, "May turn stools black."),
        ),
    ),
    _ConditionKind(
        "Glaucoma",
        "23986001",
        5,
        0,
        meds=(
            _med("Latanoprost", "50 micrograms/mL eye drops", "1 drop", "both eyes", _NIGHT),
            _med("Timolol", "0.25% eye drops", "1 drop", "both eyes", _BD),
        ),
    ),
    _ConditionKind(
        "Hearing loss",
        "15188001",
        12,
        1,
        plan=_PlanPart(
            "Hearing loss: misses phone calls and the door",
            (("Hears visitors arrive", "Flashing doorbell fitted and working", 45),),
            (("Hearing aid batteries checked", "coordinator", "monthly"),),
        ),
    ),
    _ConditionKind(
        "Multiple sclerosis",
        "24700007",
        0,
        10,
        meds=(_BACLOFEN, _med("Gabapentin", "300 mg", "1 capsule", "oral", _TDS)),
        plan=_PlanPart(
            "Fatigue and stiffness from multiple sclerosis",
            (("Stiffness managed", "Stretching routine done on 5 days a week", 60),),
            (
                ("Stretching routine with the carer", "agency", "daily"),
                ("MS nurse review", "gp", "every 6 months"),
            ),
        ),
    ),
    _ConditionKind(
        "Cerebral palsy",
        "128188000",
        0,
        6,
        meds=(_BACLOFEN,),
        plan=_PlanPart(
            "Limited mobility; uses a wheelchair",
            (("Wheelchair fits and is safe", "Wheelchair service review completed", 60),),
            (
                ("Wheelchair service referral", "therapist", "once"),
                ("Hoist transfers by two carers", "agency", "twice daily"),
            ),
        ),
    ),
    _ConditionKind(
        "Intellectual disability",
        "110359009",
        0,
        10,
        plan=_PlanPart(
            "Needs support with money, post and appointments",
            (
                ("Attends health appointments", "No missed appointments in 3 months", 90),
                ("Annual health check done", "Learning disability health check completed", 120),
            ),
            (
                ("Support with post and bills", "agency", "weekly"),
                ("Easy-read appointment letters", "coordinator", "as needed"),
            ),
        ),
    ),
    _ConditionKind(
        "Epilepsy",
        "84757009",
        1,
        8,
        meds=(
            _med(
                "Levetiracetam",
                "500 mg",
                "1 tablet",
                "oral",
                _BD,
                change=(
                    "Increased from 250 mg to 500 mg twice daily",
                    "Two seizures last month",
                    "250 mg 1 tablet oral twice daily",
                ),
            ),
            _med("Lamotrigine", "100 mg", "1 tablet", "oral", _BD),
        ),
        prn=(
            _prn(
                "Midazolam",
                "10 mg/mL oromucosal solution",
                "10 mg",
                "buccal",
                "when needed",
                "seizure lasting more than 5 minutes",
                "1 dose, then call 999",
            ),
        ),
        plan=_PlanPart(
            "Seizures: at risk when alone",
            (("Rescue medicine plan known", "All regular carers trained in buccal midazolam", 30),),
            (
                ("Seizure diary kept", "caregiver", "daily"),
                ("Epilepsy nurse review", "gp", "yearly"),
            ),
        ),
    ),
    _ConditionKind(
        "Rheumatoid arthritis",
        "69896004",
        4,
        6,
        meds=(
            _med(
                "Methotrexate",
                "2.5 mg",
                "6 tablets (15 mg)",
                "oral",
                ("once weekly (Monday)", "08:00"),
                "WEEKLY dose: Mondays only.",
            ),
            _med(
                "Folic acid",
                "5 mg",
                "1 tablet",
                "oral",
                ("once weekly (Thursday)", "08:00"),
                "Not on the methotrexate day.",
            ),
            _med("Hydroxychloroquine", "200 mg", "1 tablet", "oral", _OD),
        ),
    ),
    _ConditionKind(
        "Schizophrenia",
        "58214004",
        1,
        6,
        meds=(
            _med("Olanzapine", "10 mg", "1 tablet", "oral", _NIGHT, group="antipsychotic"),
            _med("Aripiprazole", "10 mg", "1 tablet", "oral", _OD, group="antipsychotic"),
        ),
        plan=_PlanPart(
            "Relapse risk when medicines are missed",
            (("Stays well at home", "No crisis team contact in 6 months", 180),),
            (("Community mental health nurse visit", "nurse", "fortnightly"),),
        ),
    ),
)
_OLD_CONDITIONS = _Weighted((kind, kind.weight_old) for kind in _CONDITIONS)
_YOUNG_CONDITIONS = _Weighted((kind, kind.weight_young) for kind in _CONDITIONS)
_RESOLVED_CONDITIONS = (
    ("Urinary tract infection", "68566005"),
    ("Pneumonia", "233604007"),
    ("Cellulitis", "128045006"),
)
_CONDITION_COUNT = _Weighted(((2, 15), (3, 25), (4, 27), (5, 20), (6, 13)))
_ALLERGY_COUNT = _Weighted(((0, 55), (1, 33), (2, 12)))
_MEDICATION_COUNT = _Weighted(zip(range(3, 10), (10, 14, 18, 18, 16, 13, 11), strict=True))
_GENERAL_PLAN = _PlanPart(
    "Lives alone; needs support to stay at home",
    (("Stays living at home", "No unplanned hospital admission in 6 months", 180),),
    (
        ("Wellbeing visit", "coordinator", "weekly"),
        ("Emergency contact list by the phone", "caregiver", "once"),
    ),
)
_GENERAL_INTERVENTIONS = (
    ("Medication review", "gp", "every 6 months"),
    ("Wellbeing visit", "coordinator", "weekly"),
    ("Blister pack delivery", "pharmacy", "weekly"),
)

_GENERAL_MEDS = (
    _med(
        "Omeprazole",
        "20 mg",
        "1 capsule",
        "oral",
        ("once daily", "07:30"),
        "Take before breakfast.",
        group="ppi",
    ),
    _med("Colecalciferol", "800 units", "1 capsule", "oral", _OD, group="vitamin d"),
    _med("Senna", "7.5 mg", "2 tablets", "oral", _NIGHT, group="senna"),
    _ATORVASTATIN_20,
    _med("Emollient cream", "500 g", "apply", "topical", _BD, "Apply to dry skin on the legs."),
    _med(
        "Lansoprazole",
        "15 mg",
        "1 capsule",
        "oral",
        ("once daily", "07:30"),
        "Take before breakfast.",
        group="ppi",
    ),
)
_GENERAL_PRN = (
    _prn(
        "Paracetamol",
        "500 mg",
        "2 tablets",
        "oral",
        "up to four times a day",
        "pain or fever",
        "8 tablets (4 g)",
        "Leave 4 hours between doses.",
        group="paracetamol",
    ),
    _prn(
        "Macrogol",
        "13.8 g sachet",
        "1 sachet",
        "oral",
        "once or twice a day",
        "constipation",
        "2 sachets",
        group="laxative",
    ),
    _prn(
        "Cetirizine",
        "10 mg",
        "1 tablet",
        "oral",
        "once a day when needed",
        "itch or hay fever",
        "1 tablet",
    ),
)
_STOP_REASONS = {
    "Amlodipine": "Ankle swelling",
    "Ramipril": "Persistent dry cough",
    "Metformin": "Diarrhoea",
    "Gliclazide": "Hypos",
    "Naproxen": "Kidney function worse",
    "Donepezil": "Vivid dreams and slow pulse",
    "Sertraline": "Nausea",
    "Citalopram": "Low sodium",
    "Digoxin": "Nausea and poor appetite",
    "Solifenacin": "Confusion (anticholinergic)",
    "Amitriptyline": "Drowsy in the mornings",
    "Furosemide": "Dizzy on standing, dehydrated",
    "Warfarin": "Changed to apixaban",
    "Simvastatin": "Muscle aches",
    "Codeine phosphate": "Constipation and drowsiness",
    "Lorazepam": "Falls risk",
    "Pregabalin": "Unsteady on feet",
}
_GENERIC_STOP_REASONS = (
    "No longer needed",
    "Stopped at medication review",
    "Stopped on hospital discharge",
    "Not working; alternative started",
    "Side effects",
    "Patient choice",
)
_HOLD_REASONS = (
    "Held while not eating and drinking",
    "Held in hospital; restart on review",
    "Held before a procedure",
    "Held by the GP pending blood results",
)

_ALLERGIES = (
    # substance, (reaction, severity) choices, medication names it rules out, weight
    ("Penicillin", (("Rash", "mild"), ("Hives", "moderate"), ("Anaphylaxis", "severe")), (), 30),
    (
        "Codeine",
        (("Nausea and vomiting", "mild"), ("Confusion", "moderate")),
        ("Codeine phosphate",),
        10,
    ),
    (
        "Ibuprofen",
        (("Wheeze", "moderate"), ("Stomach bleed", "severe")),
        ("Ibuprofen", "Naproxen"),
        8,
    ),
    ("Aspirin", (("Wheeze", "moderate"), ("Hives", "mild")), ("Aspirin",), 5),
    ("Trimethoprim", (("Rash", "mild"),), (), 6),
    ("Co-trimoxazole", (("Rash", "moderate"), ("Blistering rash", "severe")), (), 4),
    ("Clarithromycin", (("Diarrhoea", "mild"),), (), 4),
    ("Morphine", (("Hallucinations", "moderate"), ("Itching", "mild")), (), 4),
    ("Tramadol", (("Confusion", "moderate"),), (), 4),
    ("Latex", (("Contact dermatitis", "mild"), ("Swelling", "moderate")), (), 6),
    ("Adhesive dressings", (("Blistering", "mild"),), (), 5),
    ("Chlorhexidine", (("Anaphylaxis", "severe"),), (), 1),
    ("Peanuts", (("Anaphylaxis", "severe"), ("Lip swelling", "moderate")), (), 2),
    ("Shellfish", (("Hives", "moderate"),), (), 3),
    ("Wasp stings", (("Swelling", "moderate"), ("Anaphylaxis", "severe")), (), 3),
    ("Egg", (("Hives", "mild"),), (), 2),
)
_ALLERGY_CHOICE = _Weighted(
    ((name, reactions, rules_out), weight) for name, reactions, rules_out, weight in _ALLERGIES
)

_VISIT_PURPOSES = (
    "Wellbeing visit",
    "Medication check and pill organiser refill",
    "Weekly check-in",
    "Care coordination visit",
    "Blood pressure and weight check",
    "Support visit: shopping list and post",
)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
# (weekdays, every n weeks, weight): tuned so that 10,000 patients lay out about 500,000 visits.
_SERIES_PATTERNS: tuple[tuple[tuple[tuple[int, ...], ...], int, int], ...] = (
    (((0,), (1,), (2,), (3,), (4,)), 1, 45),
    (((0, 3), (1, 4), (0, 2), (1, 3), (2, 4)), 1, 22),
    (((0,), (1,), (2,), (3,), (4,)), 2, 15),
    (((0, 3), (1, 4), (0, 2), (1, 3)), 2, 13),
    (((0, 2, 4),), 1, 5),
)
_SERIES_PATTERN = _Weighted(((days, every), weight) for days, every, weight in _SERIES_PATTERNS)
_VISIT_MINUTES = _Weighted(((30, 25), (45, 30), (60, 30), (75, 8), (90, 7)))
_TICKED_OFF = _Weighted(
    ((AppointmentStatus.DONE, 93), (AppointmentStatus.NO_SHOW, 4), (AppointmentStatus.CANCELLED, 3))
)
_PAST_ONE_OFF = _Weighted(
    (
        (AppointmentStatus.DONE, 85),
        (AppointmentStatus.CANCELLED, 10),
        (AppointmentStatus.NO_SHOW, 5),
    )
)
_ONE_OFF_KIND = _Weighted(
    (
        (AppointmentKind.PHYSICIAN, 35),
        (AppointmentKind.LAB, 25),
        (AppointmentKind.THERAPY, 15),
        (AppointmentKind.TELEHEALTH, 15),
        (AppointmentKind.OTHER, 10),
    )
)
_ONE_OFF_COUNT = _Weighted(((1, 35), (2, 35), (3, 20), (4, 10)))
_TRANSPORT_ARRANGED = (
    "Patient transport booked, pick-up 1 hour before",
    "Daughter driving",
    "Son driving; will wait",
    "Taxi booked, return at 12:30",
    "Community transport booked (wheelchair)",
    "Neighbour driving",
)
_TRANSPORT_NEEDED = (
    "Needs wheelchair-accessible transport: not booked yet",
    "Ask family first, else book community transport",
    "Cannot manage the bus any more: book patient transport",
)

_PATIENT_TASKS = (
    "Call {pharmacy} about the repeat prescription",
    "Chase the OT referral for a bath lift",
    "Ask {gp} for a medication review",
    "Book the flu vaccination",
    "Update {carer} after the hospital appointment",
    "Order continence pads",
    "Check the blister pack delivery day with {pharmacy}",
    "Arrange bloods before the review",
    "Help with the Blue Badge renewal",
    "Request a home fire safety check",
    "Follow up the falls clinic referral",
    "Confirm transport for the clinic appointment",
    "Review care package hours with the social worker",
    "Send the care plan summary to {carer}",
    "Chase the discharge letter from hospital",
    "Book a hearing aid battery drop-off",
    "Check the pendant alarm is working",
    "Ring {carer} about respite options",
)
_TEAM_TASKS = (
    "Submit the mileage claim",
    "Prepare for the team meeting",
    "Update the on-call rota",
    "Renew the DBS check",
    "Order gloves and aprons",
    "Complete the safeguarding refresher",
)
_TASK_COUNT = _Weighted(((1, 35), (2, 35), (3, 20), (4, 10)))
_PRIORITY = _Weighted(
    ((TaskPriority.ROUTINE, 75), (TaskPriority.URGENT, 18), (TaskPriority.ASAP, 7))
)
_RECURRING_TASKS = (
    ("Order repeat prescriptions for {name}", "FREQ=MONTHLY"),
    ("Check the key safe code still works", "FREQ=MONTHLY;INTERVAL=3"),
    ("Weekly call to {carer}", "FREQ=WEEKLY"),
)
_VISIT_NOTES = (
    "{name} well in herself. BP {bp}, pulse {pulse}. Blister pack correct, no missed doses. "
    "Fridge stocked.",
    "{name} more breathless than usual, ankles swollen. Weight up 1.5 kg since last week. "
    "Rang the surgery; nurse to call tomorrow.",
    "{name} reported a fall on Sunday: no injury, got up with the neighbour's help. Pendant "
    "alarm not worn, reminded. Falls referral requested.",
    "{carer} present. Discussed respite options; carer's assessment to be booked.",
    "BP {bp}, pulse {pulse}. Sleeping poorly; low in mood. Agreed to try the lunch club.",
    "Pill organiser refilled. Two evening doses missed this week; asked the agency to prompt.",
    "Good visit. {name} walked to the end of the road with the frame. BP {bp}.",
)
_PROGRESS_NOTES = (
    "Phone call from {carer}: {name} discharged from hospital yesterday; medicines to be "
    "reconciled with the discharge letter.",
    "Rang {pharmacy}: blister pack delivery moves to Thursdays.",
    "Social worker e-mailed: care package up to four calls a day from Monday.",
    "GP letter after medication review: list updated.",
    "{carer} rang: {name} more confused over the weekend. Asked GP to check for infection.",
    "Care plan reviewed with {name} and {carer}; goals unchanged.",
)
_NOTE_COUNT = _Weighted(((1, 40), (2, 40), (3, 20)))
_REVIEW_COUNT = _Weighted(((0, 25), (1, 50), (2, 25)))
_ACHIEVEMENT = _Weighted(
    (
        (GoalAchievement.IN_PROGRESS, 45),
        (GoalAchievement.IMPROVING, 25),
        (GoalAchievement.NO_CHANGE, 15),
        (GoalAchievement.WORSENING, 8),
        (GoalAchievement.ACHIEVED, 7),
    )
)
_INTERVENTION_STATUS = _Weighted(
    (
        (InterventionStatus.IN_PROGRESS, 60),
        (InterventionStatus.SCHEDULED, 15),
        (InterventionStatus.NOT_STARTED, 15),
        (InterventionStatus.COMPLETED, 10),
    )
)
_REVIEW_OUTCOMES = (
    "Reviewed with the family; goals unchanged.",
    "Fewer falls since the grab rails went in; continue.",
    "Weight stable; diuretic dose unchanged.",
    "Mood better; lunch club twice a week now.",
    "Care package increased; review again in 3 months.",
    "Goals partly met; exercises to continue.",
)


#: A medication event before it is numbered: date, kind, detail, reason.
_Event = tuple[date, MedicationEventKind, str, str]


# -- the builder ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Directory:
    """Shared contacts by kind ("gp", "pharmacy", ...), all of them and by the area they serve."""

    everywhere: dict[str, list[Contact]] = field(default_factory=dict)
    local: dict[tuple[str, str], list[Contact]] = field(default_factory=dict)

    def add(self, kind: str, area: str, contact: Contact) -> None:
        self.everywhere.setdefault(kind, []).append(contact)
        self.local.setdefault((kind, area), []).append(contact)


@dataclass(slots=True)
class _Series:
    """A weekly home-visit series, kept as numbers so its dates are cheap to work out."""

    appointment: Appointment
    days: tuple[int, ...]
    interval: int
    until: date

    def days_between(self, first: date, last: date) -> list[date]:
        """The series' dates from `first` to `last` inclusive (one date per visit)."""
        start = self.appointment.start.date()
        monday = start - timedelta(days=start.weekday())
        first, last = max(first, start), min(last, self.until)
        found: list[date] = []
        week = max(0, (first - monday).days // 7)
        while True:
            week_monday = monday + timedelta(weeks=week)
            if week_monday > last:
                return found
            if week % self.interval == 0:
                for offset in self.days:
                    day = week_monday + timedelta(days=offset)
                    if first <= day <= last:
                        found.append(day)
            week += 1


@dataclass(slots=True)
class _Person:
    """One patient while their records are built, with what later records refer back to."""

    patient: Patient
    age: int
    pool: _NamePool
    town: _Town
    carer_name: str = ""  # what the coordinator calls the main carer
    team: dict[str, Contact] = field(default_factory=dict)
    conditions: list[tuple[_ConditionKind, Condition]] = field(default_factory=list)
    avoid: set[str] = field(default_factory=set)
    series: _Series | None = None

    @property
    def id(self) -> int:
        assert self.patient.id is not None
        return self.patient.id

    @property
    def spoken_name(self) -> str:
        return self.patient.preferred_name or self.patient.given

    @property
    def active(self) -> bool:
        return self.patient.status is PatientStatus.ACTIVE


class _Builder:
    """Builds the bundle patient by patient from one random stream, so a seed fixes everything."""

    def __init__(self, rng: random.Random, today: date, id_start: dict[str, int]) -> None:
        self.rng = rng
        self.today = today
        self.tz = local_zone_name()
        self.ids = {table: int(id_start.get(table, 1)) for table in ID_TABLES}
        self.bundle = CaseloadBundle()
        self.directory = _Directory()
        self.towns = _area(0)

    # -- small helpers ---------------------------------------------------------------------------

    def next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def randint(self, low: int, high: int) -> int:
        # A third of the cost of Random.randint, which matters at 10,000 patients.
        return low + int(self.rng.random() * (high - low + 1))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.randint(low, high))

    def days_ahead(self, low: int, high: int) -> date:
        return self.today + timedelta(days=self.randint(low, high))

    def between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.randint(0, (last - first).days))

    def landline(self, town: _Town) -> str:
        number = self.randint(0, 999)
        return f"0113 496 0{number:03d}" if town.leeds_code else f"01632 960{number:03d}"

    def mobile(self) -> str:
        return f"07700 900{self.randint(0, 999):03d}"

    def address(self, town: _Town) -> tuple[str, str]:
        """A street address line and postcode in `town`."""
        street = self.pick(_STREETS)
        if self.chance(0.18):
            line = f"Flat {self.randint(1, 24)}, {self.pick(_BLOCKS)}, {street}"
        else:
            line = f"{self.randint(1, 160)} {street}"
        inward = f"{self.randint(1, 9)}{self.pick(_INWARD_LETTERS)}{self.pick(_INWARD_LETTERS)}"
        return line, f"{self.pick(town.outward)} {inward}"

    def contact_address(self, town: _Town) -> str:
        line, postcode = self.address(town)
        return f"{line}, {town.name} {postcode}"

    def town(self) -> _Town:
        return self.towns.draw(self.rng)

    def person_name(self, pool: _NamePool, sex: Sex, born: int) -> tuple[str, str]:
        return pool.given(self.rng, sex, born), pool.surname(self.rng, sex)

    def add_contact(self, contact: Contact) -> Contact:
        contact.id = self.next_id("contact")
        self.bundle.contacts.append(contact)
        return contact

    # -- the whole caseload ----------------------------------------------------------------------

    def build(self, patients: int) -> None:
        self.towns = _area(patients)
        self.build_directory(patients)
        for _ in range(patients):
            person = self.build_patient()
            self.build_care_team(person)
            self.build_conditions(person)
            self.build_allergies(person)
            self.build_medications(person)
            self.build_appointments(person)
            self.build_tasks(person)
            self.build_care_plan(person)
            self.build_notes(person)
        for _ in range(max(2, patients // 20)):
            self.build_team_task()

    # -- the shared directory --------------------------------------------------------------------

    def build_directory(self, patients: int) -> None:
        # Sized per patient so that lists of contacts and pickers scale with the caseload.
        physicians = max(3, round(patients / 50))
        gps = max(2, round(physicians * 0.75))
        self.build_gps(gps)
        for _ in range(max(1, physicians - gps)):
            town = self.town()
            self.directory.add(
                "consultant",
                town.hospital,
                self.add_contact(
                    Contact(
                        name=self.doctor_name(),
                        role=ContactRole.PHYSICIAN,
                        organization=town.hospital,
                        phone=self.landline(town),
                        notes=self.pick(_SPECIALTIES),
                    )
                ),
            )
        for _ in range(max(2, round(patients / 100))):
            self.build_pharmacy(self.town())
        for _ in range(max(2, round(patients / 150))):
            self.build_agency(self.town())
        for _ in range(max(1, round(patients / 300))):
            self.build_team("nurse", self.town())
        for _ in range(max(1, round(patients / 200))):
            self.build_team("therapist", self.town())
        for _ in range(max(1, round(patients / 200))):
            self.build_team("social_worker", self.town())

    def professional_name(self) -> tuple[str, str]:
        pool = _POOL_CHOICE.draw(self.rng)
        return self.pick(_PROFESSIONAL_GIVEN), self.pick(pool.family)

    def doctor_name(self) -> str:
        given, family = self.professional_name()
        return f"Dr {given} {family}"

    def build_gps(self, count: int) -> None:
        # Two or three GPs share a practice, so several patients' GPs sit at one address.
        town = self.town()
        practice = ("", "", "", "")
        for number in range(count):
            if number % 3 == 0:
                town = self.town()
                kind = self.pick(("Medical Practice", "Surgery", "Health Centre", "Medical Centre"))
                practice = (
                    f"{self.pick(town.places)} {kind}",
                    self.landline(town),
                    self.landline(town),
                    self.contact_address(town),
                )
            organization, phone, fax, address = practice
            self.directory.add(
                "gp",
                town.name,
                self.add_contact(
                    Contact(
                        name=self.doctor_name(),
                        role=ContactRole.PHYSICIAN,
                        organization=organization,
                        phone=phone,
                        fax=fax,
                        address=address,
                        notes="GP",
                    )
                ),
            )

    def build_pharmacy(self, town: _Town) -> None:
        name = f"{self.pick(town.places)} {self.pick(('Pharmacy', 'Chemist', 'Pharmacy'))}"
        self.directory.add(
            "pharmacy",
            town.name,
            self.add_contact(
                Contact(
                    name=name,
                    role=ContactRole.PHARMACY,
                    organization=name,
                    phone=self.landline(town),
                    fax=self.landline(town),
                    email=f"{_slug(name)}@example.org",
                    address=self.contact_address(town),
                    notes=self.pick(
                        (
                            "Blister packs delivered on Tuesdays",
                            "Open until 10 pm",
                            "Delivers on Thursdays; ring before noon",
                            "",
                        )
                    ),
                )
            ),
        )

    def build_agency(self, town: _Town) -> None:
        name = f"{self.pick(_AGENCY_NAMES)} {self.pick(_AGENCY_KINDS)}"
        self.directory.add(
            "agency",
            town.name,
            self.add_contact(
                Contact(
                    name=name,
                    role=ContactRole.AGENCY,
                    organization=name,
                    phone=self.landline(town),
                    email=f"office@{_slug(name)}.example.com",
                    address=self.contact_address(town),
                    notes="Out of hours: on-call coordinator via the office number",
                )
            ),
        )

    def build_team(self, kind: str, town: _Town) -> None:
        """A district nursing team, a community therapist or a social worker serving `town`."""
        if kind == "nurse":
            contact = Contact(
                name=f"{town.name} {self.pick(('North', 'South', 'East', 'West', 'Central'))}"
                " District Nursing Team",
                role=ContactRole.AGENCY,
                organization="Community nursing",
                phone=self.landline(town),
                address=self.contact_address(town),
                notes="Insulin, dressings, continence. Referrals by phone before 2 pm.",
            )
        else:
            given, family = self.professional_name()
            therapist = kind == "therapist"
            contact = Contact(
                name=f"{given} {family}",
                role=ContactRole.THERAPIST if therapist else ContactRole.SOCIAL_WORKER,
                organization=(
                    "Community Rehabilitation Team"
                    if therapist
                    else f"{town.name} Adult Social Care"
                ),
                phone=self.landline(town),
                email=_email(given, family, "example.org"),
                notes=self.pick(("Physiotherapist", "Occupational therapist")) if therapist else "",
            )
        self.directory.add(kind, town.name, self.add_contact(contact))

    def nearby(self, kind: str, area: str) -> Contact:
        """A directory contact of `kind`, most often one serving the patient's own `area`."""
        local = self.directory.local.get((kind, area))
        if local and self.chance(0.85):
            return self.pick(local)
        return self.pick(self.directory.everywhere[kind])

    # -- a patient -------------------------------------------------------------------------------

    def build_patient(self) -> _Person:
        rng = self.rng
        pool = _POOL_CHOICE.draw(rng)
        roll = rng.random()
        sex = Sex.FEMALE if roll < 0.6 else Sex.MALE if roll < 0.995 else Sex.UNKNOWN
        young = self.chance(0.08)
        age = int(rng.uniform(40, 65)) if young else min(100, int(rng.triangular(65, 101, 84)))
        birth = _years_before(self.today, age) - timedelta(days=self.randint(1, 364))
        given, family = self.person_name(pool, sex, birth.year)
        town = self.town()
        line, postcode = self.address(town)
        payer, prefix = _PAYER_CHOICE.draw(rng)
        status = _STATUS_CHOICE.draw(rng)
        patient = Patient(
            id=self.next_id("patient"),
            given=given,
            family=family,
            preferred_name=self.preferred_name(given, pool),
            birth_date=birth,
            sex=sex,
            phone=self.landline(town) if self.chance(0.85) else self.mobile(),
            phone_alt=self.mobile() if self.chance(0.35) else "",
            email=_email(given, family, "example.com") if self.chance(0.08) else "",
            address_line=line,
            city=town.name,
            region=town.region,
            postal_code=postcode,
            lat=round(town.lat + rng.gauss(0, 0.02), 5),
            lon=round(town.lon + rng.gauss(0, 0.03), 5),
            language=pool.language(rng),
            access_notes=self.access_notes(line),
            payer=payer,
            member_id=f"{prefix}{self.randint(100000, 9999999)}" if prefix else "",
            external_id=_nhs_number(rng),
            status=status,
            notes=self.patient_notes(status, town),
        )
        self.bundle.patients.append(patient)
        return _Person(patient, age, pool, town)

    def preferred_name(self, given: str, pool: _NamePool) -> str:
        nicknames = _NICKNAMES.get(given)
        if nicknames and self.chance(0.4):
            return self.pick(nicknames)
        if self.chance(0.03):  # known by a middle name
            return self.pick(pool.female if given in pool.female else pool.male)
        return ""

    def access_notes(self, address_line: str) -> str:
        count = _ACCESS_NOTE_COUNT.draw(self.rng)
        notes = [self.pick(_ACCESS_NOTES) for _ in range(count)]
        if address_line.startswith("Flat") and self.chance(0.5):
            notes.append(f"Buzz flat {address_line.split(',')[0].split()[1]} at the main door")
        unique = list(dict.fromkeys(notes))
        return "; ".join(
            note.format(code=f"{self.randint(0, 9999):04d}", number=self.randint(1, 160))
            for note in unique
        )

    def patient_notes(self, status: PatientStatus, town: _Town) -> str:
        when = self.days_ago(3, 60).isoformat()
        if status is PatientStatus.ON_HOLD:
            return f"On hold: admitted to {town.hospital} on {when}."
        if status is PatientStatus.DISCHARGED:
            return self.pick(
                (
                    f"Discharged {when}: moved into residential care.",
                    f"Discharged {when}: no longer needs coordination.",
                    f"Discharged {when}: moved to live with family out of area.",
                )
            )
        if status is PatientStatus.DECEASED:
            return f"Died {when}, peacefully at home."
        return self.pick(
            (
                "",
                "",
                "",
                "Prefers morning visits.",
                "Uses a wheelchair indoors.",
                "Likes a chat about the cricket.",
                "Son abroad; rings on Sundays.",
            )
        )

    # -- the care team ---------------------------------------------------------------------------

    def link(
        self,
        person: _Person,
        key: str,
        contact: Contact,
        role: ContactRole,
        notes: str = "",
        emergency: bool = False,
    ) -> CareTeamMember:
        assert contact.id is not None
        person.team[key] = contact
        member = CareTeamMember(
            patient_id=person.id,
            contact_id=contact.id,
            role=role,
            is_emergency=emergency,
            notes=notes,
        )
        self.bundle.care_team.append(member)
        return member

    def build_care_team(self, person: _Person) -> None:
        town = person.town.name
        self.link(person, "gp", self.nearby("gp", town), ContactRole.PHYSICIAN, "Registered GP")
        if self.chance(0.2):
            consultant = self.nearby("consultant", person.town.hospital)
            self.link(person, "consultant", consultant, ContactRole.PHYSICIAN, consultant.notes)
        self.link(
            person,
            "pharmacy",
            self.nearby("pharmacy", town),
            ContactRole.PHARMACY,
            "Nominated pharmacy",
        )
        if self.chance(0.55):
            self.link(
                person,
                "agency",
                self.nearby("agency", town),
                ContactRole.AGENCY,
                f"Care package: {self.randint(1, 4)} calls a day",
            )
        if self.chance(0.25):
            self.link(
                person, "nurse", self.nearby("nurse", town), ContactRole.AGENCY, "District nursing"
            )
        if self.chance(0.15):
            self.link(person, "therapist", self.nearby("therapist", town), ContactRole.THERAPIST)
        if self.chance(0.2):
            self.link(
                person,
                "social_worker",
                self.nearby("social_worker", town),
                ContactRole.SOCIAL_WORKER,
                "Allocated social worker",
            )
        self.build_family(person)

    def build_family(self, person: _Person) -> None:
        carer, relation, person.carer_name = self.relative(person)
        carer_link = self.link(person, "caregiver", carer, ContactRole.CAREGIVER, relation)
        if self.chance(0.3 if person.age >= 65 else 0.1):
            if relation in ("Wife", "Husband", "Daughter", "Son") and self.chance(0.6):
                poa = carer
            elif self.chance(0.7):
                poa, _, _ = self.relative(person, True, ContactRole.POWER_OF_ATTORNEY)
            else:
                poa = self.solicitor()
            self.link(
                person,
                "poa",
                poa,
                ContactRole.POWER_OF_ATTORNEY,
                "Lasting power of attorney (health and welfare), registered",
            )
        if self.chance(0.5):
            if self.chance(0.6):
                carer_link.is_emergency = True
            else:
                given, family = self.person_name(
                    _BRITISH, self.pick((Sex.FEMALE, Sex.MALE)), self.randint(1940, 1985)
                )
                neighbour = self.add_contact(
                    Contact(
                        name=f"{given} {family}",
                        role=ContactRole.EMERGENCY_CONTACT,
                        phone=self.mobile(),
                        notes="Neighbour; has a spare key",
                    )
                )
                self.link(
                    person,
                    "emergency",
                    neighbour,
                    ContactRole.EMERGENCY_CONTACT,
                    "Neighbour",
                    emergency=True,
                )

    def relative(
        self, person: _Person, child: bool = False, role: ContactRole = ContactRole.CAREGIVER
    ) -> tuple[Contact, str, str]:
        """A family member (or friend) who helps, as a new contact; their relation; given name."""
        patient, rng = person.patient, self.rng
        born = patient.birth_date.year if patient.birth_date else 1940
        relations = _OLDER_RELATIONS if person.age >= 65 else _YOUNGER_RELATIONS
        relation, gap = relations[child].draw(rng)
        female = relation in ("Daughter", "Niece", "Granddaughter", "Mother", "Sister")
        if relation == "Spouse":
            female = patient.sex is not Sex.FEMALE
            relation = "Wife" if female else "Husband"
        elif relation == "Friend":
            female = self.chance(0.7)
        sex = Sex.FEMALE if female else Sex.MALE
        given = person.pool.given(rng, sex, born + gap)
        if given == patient.given:  # families rarely reuse a living relative's first name
            given = person.pool.given(rng, sex, born + gap)
        same_family = relation in ("Wife", "Husband", "Son", "Mother", "Father") or (
            relation in ("Daughter", "Sister") and self.chance(0.5)
        )
        family = (
            person.pool.kin_surname(rng, patient.family, sex)
            if same_family
            else person.pool.surname(rng, sex)
        )
        lives_with = relation in ("Wife", "Husband", "Mother", "Father")
        notes = f"{relation}; " + (
            "lives with the patient"
            if lives_with
            else self.pick(
                (
                    "lives nearby",
                    "visits daily",
                    "works full-time, best after 6 pm",
                    "lives out of area, rings daily",
                    "visits at weekends",
                )
            )
        )
        contact = self.add_contact(
            Contact(
                name=f"{given} {family}",
                role=role,
                phone=patient.phone if lives_with else self.mobile(),
                email=_email(given, family, "example.com") if self.chance(0.4) else "",
                notes=notes,
            )
        )
        return contact, relation, given

    def solicitor(self) -> Contact:
        town = self.town()
        first, second = self.pick(_BRITISH.family), self.pick(_BRITISH.family)
        given, family = self.professional_name()
        return self.add_contact(
            Contact(
                name=f"{given} {family}",
                role=ContactRole.POWER_OF_ATTORNEY,
                organization=f"{first} & {second} Solicitors",
                phone=self.landline(town),
                address=self.contact_address(town),
                notes="Professional deputy",
            )
        )

    # -- conditions and allergies ----------------------------------------------------------------

    def build_conditions(self, person: _Person) -> None:
        count = _CONDITION_COUNT.draw(self.rng)
        choice = _OLD_CONDITIONS if person.age >= 65 else _YOUNG_CONDITIONS
        kinds_taken: set[str] = set()
        for _ in range(count * 3):  # a few extra draws make up for repeats
            if len(person.conditions) == count:
                break
            kind = choice.draw(self.rng)
            if kind.kind in kinds_taken or (kind.male_only and person.patient.sex is not Sex.MALE):
                continue
            kinds_taken.add(kind.kind)
            person.conditions.append(
                (kind, self.add_condition(person, kind.description, kind.code, self.onset(person)))
            )
        if len(person.conditions) < 6 and self.chance(0.15):  # an infection now over
            description, code = self.pick(_RESOLVED_CONDITIONS)
            onset = self.days_ago(40, 700)
            condition = self.add_condition(person, description, code, onset)
            condition.status = ConditionStatus.RESOLVED
            condition.abatement_date = onset + timedelta(days=self.randint(7, 30))

    def onset(self, person: _Person) -> date:
        earliest = max(18, person.age - 30)
        years = self.randint(0, max(0, person.age - earliest))
        return self.today - timedelta(days=years * 365 + self.randint(30, 364))

    def add_condition(self, person: _Person, description: str, code: str, onset: date) -> Condition:
        condition = Condition(
            id=self.next_id("condition"),
            patient_id=person.id,
            description=description,
            code=code,
            onset_date=onset,
        )
        self.bundle.conditions.append(condition)
        return condition

    def build_allergies(self, person: _Person) -> None:
        count = _ALLERGY_COUNT.draw(self.rng)
        seen: set[str] = set()
        for _ in range(count):
            substance, reactions, rules_out = _ALLERGY_CHOICE.draw(self.rng)
            if substance in seen:
                continue
            seen.add(substance)
            person.avoid.update(rules_out)
            reaction, severity = self.pick(reactions)
            if severity == "severe":
                criticality = (
                    AllergyCriticality.HIGH
                    if self.chance(0.85)
                    else (AllergyCriticality.UNABLE_TO_ASSESS)
                )
            else:
                criticality = (
                    AllergyCriticality.HIGH if self.chance(0.1) else (AllergyCriticality.LOW)
                )
            self.bundle.allergies.append(
                Allergy(
                    id=self.next_id("allergy"),
                    patient_id=person.id,
                    substance=substance,
                    reaction=reaction,
                    severity=AllergySeverity(severity),
                    criticality=criticality,
                    status=AllergyStatus.ACTIVE if self.chance(0.95) else AllergyStatus.INACTIVE,
                    noted_date=self.days_ago(60, 9000),
                )
            )

    # -- medications -----------------------------------------------------------------------------

    def choose_medicines(self, person: _Person) -> list[tuple[_Med, date]]:
        """The patient's regular and as-needed medicines, each with the earliest start date."""
        total = _MEDICATION_COUNT.draw(self.rng)
        as_needed = 0 if not self.chance(0.75) else (2 if self.chance(0.15) else 1)
        chosen: list[tuple[_Med, date]] = []
        kinds: set[str] = set()

        def take(med: _Med, since: date) -> None:
            if med.kind not in kinds and med.name not in person.avoid:
                kinds.add(med.kind)
                chosen.append((med, since))

        for kind, condition in person.conditions:
            since = condition.onset_date or self.today
            for med in self.rng.sample(kind.meds, min(len(kind.meds), self.randint(1, 2))):
                take(med, since)
        del chosen[total - as_needed :]
        general = list(_GENERAL_MEDS)
        self.rng.shuffle(general)
        for med in general:
            if len(chosen) >= total - as_needed:
                break
            take(med, self.days_ago(400, 4000))
        prn = [
            (med, c.onset_date or self.today) for kind, c in person.conditions for med in kind.prn
        ]
        prn += [(med, self.days_ago(60, 2000)) for med in _GENERAL_PRN]
        for med, since in prn:
            if as_needed <= 0:
                break
            before = len(chosen)
            take(med, since)
            as_needed -= len(chosen) - before
        return chosen

    def build_medications(self, person: _Person) -> None:
        for template, since in self.choose_medicines(person):
            start = self.between(
                max(since, self.today - timedelta(days=3650)), self.today - timedelta(days=10)
            )
            prescriber = person.team["gp"]
            if "consultant" in person.team and self.chance(0.3):
                prescriber = person.team["consultant"]
            medication = Medication(
                id=self.next_id("medication"),
                patient_id=person.id,
                name=template.name,
                strength=template.strength,
                dose=template.dose,
                route=template.route,
                frequency=template.frequency,
                times_of_day=template.times,
                as_needed=bool(template.prn_reason),
                as_needed_reason=template.prn_reason,
                max_per_day=template.max_per_day,
                indication=self.indication(person, template),
                prescriber_id=prescriber.id,
                pharmacy_id=person.team["pharmacy"].id,
                start_date=start,
                instructions=template.instructions,
            )
            self.bundle.medications.append(medication)
            self.medication_history(medication, template)
            if "district nurse" in template.instructions and "nurse" not in person.team:
                self.link(
                    person,
                    "nurse",
                    self.nearby("nurse", person.town.name),
                    ContactRole.AGENCY,
                    "District nursing: insulin",
                )

    def indication(self, person: _Person, template: _Med) -> str:
        if template.prn_reason:
            return template.prn_reason.capitalize()
        for kind, _ in person.conditions:
            if template in kind.meds:
                return kind.description
        return {
            "ppi": "Stomach protection",
            "vitamin d": "Vitamin D deficiency",
            "senna": "Constipation",
            "statin": "Cardiovascular prevention",
        }.get(template.group, "Dry skin")

    def medication_history(self, medication: Medication, template: _Med) -> None:
        """The dated events behind the medication's current state, and its review dates."""
        assert medication.id is not None and medication.start_date is not None
        start = medication.start_date
        events: list[_Event] = []
        roll = self.rng.random()
        changed = template.change is not None and self.chance(0.45)
        if roll < 0.10 and start <= self.today - timedelta(days=15):
            medication.status = MedicationStatus.STOPPED
            medication.end_date = self.between(
                start + timedelta(days=14), self.today - timedelta(days=1)
            )
            medication.stop_reason = _STOP_REASONS.get(template.name) or self.pick(
                _GENERIC_STOP_REASONS
            )
        last_day = medication.end_date or self.today
        if template.change and changed and start + timedelta(days=30) < last_day:
            detail, reason, earlier = template.change
            events.append((start, MedicationEventKind.STARTED, earlier, ""))
            events.append(
                (
                    self.between(start + timedelta(days=30), last_day),
                    MedicationEventKind.DOSE_CHANGED,
                    detail,
                    reason,
                )
            )
        else:
            events.append((start, MedicationEventKind.STARTED, _dose_text(medication), ""))
        if medication.end_date:
            events.append(
                (medication.end_date, MedicationEventKind.STOPPED, "", medication.stop_reason)
            )
        else:
            self.reviews(medication, events)
            if roll > 0.98:
                medication.status = MedicationStatus.ON_HOLD
                latest = max(on for on, *_ in events)
                held = self.between(
                    max(latest, self.today - timedelta(days=20)), self.today - timedelta(days=1)
                )
                events.append((held, MedicationEventKind.ON_HOLD, "", self.pick(_HOLD_REASONS)))
        # Numbered in date order (a stable sort keeps same-day events as they happened).
        for on, kind, detail, reason in sorted(events, key=lambda event: event[0]):
            self.bundle.medication_events.append(
                MedicationEvent(
                    id=self.next_id("medication_event"),
                    medication_id=medication.id,
                    on_date=on,
                    kind=kind,
                    detail=detail,
                    reason=reason,
                )
            )

    def reviews(self, medication: Medication, events: list[_Event]) -> None:
        assert medication.start_date is not None
        if self.chance(0.5):
            reviewed = self.days_ago(20, 330)
            if reviewed > medication.start_date:
                medication.last_review = reviewed
                events.append(
                    (reviewed, MedicationEventKind.REVIEWED, "Continue", "Annual medication review")
                )
        if self.chance(0.6):
            # Some fall due this week, so the review list is never empty on a demo day.
            medication.next_review = (
                self.days_ahead(0, 7) if self.chance(0.08) else self.days_ahead(-20, 180)
            )

    # -- appointments ----------------------------------------------------------------------------

    def build_appointments(self, person: _Person) -> None:
        if person.active:
            self.build_series(person)
        if person.patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD):
            for _ in range(_ONE_OFF_COUNT.draw(self.rng)):
                self.build_one_off(person, self.randint(-60, 75))
        else:
            for _ in range(self.randint(0, 2)):
                self.build_one_off(person, self.randint(-120, -65))

    def add_appointment(self, appointment: Appointment) -> Appointment:
        appointment.id = self.next_id("appointment")
        self.bundle.appointments.append(appointment)
        return appointment

    def build_series(self, person: _Person) -> None:
        day_sets, interval = _SERIES_PATTERN.draw(self.rng)
        days = self.pick(day_sets)
        began = self.today - timedelta(weeks=self.randint(2, 20))
        monday = began - timedelta(days=began.weekday())
        first = monday + timedelta(days=days[0])
        until = self.days_ahead(183, 304)
        minutes = 8 * 60 + 15 * self.randint(0, 34)  # 08:00 to 16:30 on the quarter hour
        rule = (
            "FREQ=WEEKLY;"
            + (f"INTERVAL={interval};" if interval > 1 else "")
            + (f"BYDAY={','.join(_WEEKDAYS[d] for d in days)};UNTIL={until:%Y%m%d}T235959")
        )
        appointment = self.add_appointment(
            Appointment(
                patient_id=person.id,
                kind=AppointmentKind.HOME_VISIT,
                purpose=self.pick(_VISIT_PURPOSES),
                start=datetime.combine(first, time(minutes // 60, minutes % 60)),
                duration_min=_VISIT_MINUTES.draw(self.rng),
                tz=self.tz,
                rrule=rule,
            )
        )
        person.series = _Series(appointment, days, interval, until)
        self.series_changes(person.series)

    def series_changes(self, series: _Series) -> None:
        """Last week's visits ticked off, and now and then one ahead skipped or moved."""
        appointment = series.appointment
        assert appointment.id is not None
        clock = appointment.start.time()
        changes = self.bundle.occurrence_changes
        for day in series.days_between(
            self.today - timedelta(days=7), self.today - timedelta(days=1)
        ):
            status = _TICKED_OFF.draw(self.rng)
            changes.append(
                OccurrenceChange(
                    appointment_id=appointment.id,
                    original_start=datetime.combine(day, clock),
                    status=status,
                )
            )
        ahead = series.days_between(self.today, self.today + timedelta(days=42))
        if len(ahead) < 2:
            return
        skip, move = self.rng.sample(ahead, 2)
        if self.chance(0.12):
            changes.append(
                OccurrenceChange(
                    appointment_id=appointment.id,
                    original_start=datetime.combine(skip, clock),
                    skipped=True,
                )
            )
        if self.chance(0.10):
            original = datetime.combine(move, clock)
            if self.chance(0.5):
                moved = original + timedelta(days=1)
            else:
                moved = datetime.combine(
                    move, time(self.randint(9, 15), self.pick((0, 15, 30, 45)))
                )
            changes.append(
                OccurrenceChange(
                    appointment_id=appointment.id,
                    original_start=original,
                    start=moved,
                    duration_min=self.pick((None, 30, 60)),
                )
            )

    def build_one_off(self, person: _Person, offset: int) -> None:
        day = self.today + timedelta(days=offset)
        if day.weekday() >= 5:  # clinics and surgeries book weekdays: take the Monday
            day += timedelta(days=7 - day.weekday())
        kind = _ONE_OFF_KIND.draw(self.rng)
        doctor = person.team.get("consultant") if self.chance(0.35) else None
        doctor = doctor or person.team["gp"]
        details = self.one_off_details(person, kind, doctor)
        purpose, with_whom, contact, location, minutes = details
        transport, transport_details = self.transport(kind, location)
        if day < self.today:
            status = _PAST_ONE_OFF.draw(self.rng)
        else:
            status = (
                AppointmentStatus.BOOKED if self.chance(0.95) else (AppointmentStatus.CANCELLED)
            )
        start = datetime.combine(day, time(self.randint(9, 15), self.pick((0, 10, 20, 30, 40, 50))))
        self.add_appointment(
            Appointment(
                patient_id=person.id,
                kind=kind,
                purpose=purpose,
                start=start,
                duration_min=minutes,
                tz=self.tz,
                location=location,
                with_whom=with_whom,
                contact_id=contact.id if contact else None,
                transport=transport,
                transport_details=transport_details,
                status=status,
            )
        )

    def one_off_details(
        self, person: _Person, kind: AppointmentKind, doctor: Contact
    ) -> tuple[str, str, Contact | None, str, int]:
        """Purpose, with whom, their contact, where, and how many minutes."""
        at_practice = f"{doctor.organization}, {doctor.address}".strip(", ")
        if kind is AppointmentKind.PHYSICIAN:
            purpose = self.pick(
                (
                    "Annual review",
                    "Diabetes review",
                    "Blood pressure review",
                    "Memory clinic follow-up",
                    "Heart failure clinic",
                    "Falls clinic",
                    "Results discussion",
                )
            )
            return purpose, doctor.name, doctor, at_practice, self.pick((15, 20, 30))
        if kind is AppointmentKind.LAB:
            purpose = self.pick(
                (
                    "Blood test (U&E, HbA1c)",
                    "INR check",
                    "Blood test (full blood count)",
                    "Urine sample drop-off",
                )
            )
            return (
                purpose,
                "Phlebotomy",
                None,
                self.pick((at_practice, "Outpatient blood tests, " + person.town.hospital)),
                15,
            )
        if kind is AppointmentKind.THERAPY:
            therapist = person.team.get("therapist")
            purpose = self.pick(
                (
                    "Physiotherapy",
                    "Occupational therapy home assessment",
                    "Speech and language therapy (swallow)",
                )
            )
            where = self.pick(("Home", "Community Rehabilitation Centre"))
            who = therapist.name if therapist else "Community therapist"
            return purpose, who, therapist, where, self.pick((45, 60))
        if kind is AppointmentKind.TELEHEALTH:
            purpose = self.pick(
                ("Medication review by phone", "Video consultation: results", "Telephone follow-up")
            )
            return purpose, doctor.name, doctor, self.pick(("Telephone", "Video call")), 20
        purpose = self.pick(
            (
                "Podiatry (nail care)",
                "Hearing aid review",
                "Eye clinic injection",
                "Dental check-up",
                "Wheelchair service assessment",
            )
        )
        where = (
            person.town.hospital
            if purpose.startswith(("Eye", "Wheelchair"))
            else (f"{self.pick(person.town.places)} Health Centre")
        )
        return purpose, purpose.split(" (")[0], None, where, self.pick((20, 30))

    def transport(self, kind: AppointmentKind, location: str) -> tuple[Transport, str]:
        if kind is AppointmentKind.TELEHEALTH or location == "Home":
            return Transport.NOT_NEEDED, ""
        roll = self.rng.random()
        if roll < 0.4:
            return Transport.ARRANGED, self.pick(_TRANSPORT_ARRANGED)
        if roll < 0.6:
            return Transport.NEEDED, self.pick(_TRANSPORT_NEEDED)
        return Transport.NOT_NEEDED, self.pick(("", "", "Walks there (5 minutes)"))

    # -- tasks -----------------------------------------------------------------------------------

    def build_tasks(self, person: _Person) -> None:
        words = self.words(person)
        # A discharged or deceased patient's tasks were all finished or called off.
        closed = person.patient.status in (PatientStatus.DISCHARGED, PatientStatus.DECEASED)
        for _ in range(_TASK_COUNT.draw(self.rng)):
            if self.chance(0.05) and not closed:
                title, rule = self.pick(_RECURRING_TASKS)
                self.add_task(person.id, title.format(**words), rule)
            else:
                self.add_task(person.id, self.pick(_PATIENT_TASKS).format(**words), "", closed)

    def build_team_task(self) -> None:
        self.add_task(None, self.pick(_TEAM_TASKS), "FREQ=MONTHLY" if self.chance(0.3) else "")

    def add_task(
        self, patient_id: int | None, title: str, rule: str = "", closed: bool = False
    ) -> None:
        rng = self.rng
        roll = 0.22 + 0.28 * rng.random() if closed else rng.random()
        task = Task(
            id=self.next_id("task"),
            patient_id=patient_id,
            title=title,
            rrule=rule,
            priority=_PRIORITY.draw(rng),
        )
        if roll < 0.22:  # overdue and still open (a fifth of all tasks, with the closed ones)
            task.due_date = self.days_ago(1, 30)
        elif roll < 0.45:
            task.due_date = self.days_ago(1, 60)
            task.status = TaskStatus.DONE
            done_on = min(
                self.today - timedelta(days=1), task.due_date + timedelta(days=self.randint(-3, 3))
            )
            task.completed_at = datetime.combine(
                done_on, time(self.randint(8, 17), self.randint(0, 59))
            )
        elif roll < 0.5:
            task.due_date = self.days_ago(0, 30)
            task.status = TaskStatus.CANCELLED
        else:
            task.due_date = self.days_ahead(0, 60)
        if self.chance(0.2):
            task.due_time = time(self.randint(9, 16), self.pick((0, 15, 30, 45)))
        self.bundle.tasks.append(task)

    def words(self, person: _Person) -> dict[str, str]:
        """Names that task and note templates can mention."""
        team = person.team
        return {
            "name": person.spoken_name,
            "pharmacy": team["pharmacy"].name,
            "gp": team["gp"].name,
            "carer": person.carer_name,
        }

    # -- care plan -------------------------------------------------------------------------------

    def build_care_plan(self, person: _Person) -> None:
        status = {
            PatientStatus.ACTIVE: CarePlanStatus.ACTIVE,
            PatientStatus.ON_HOLD: CarePlanStatus.ON_HOLD,
            PatientStatus.DISCHARGED: CarePlanStatus.COMPLETED,
        }.get(person.patient.status)
        if status is None:
            return
        began = self.days_ago(60, 720)
        plan = CarePlan(
            id=self.next_id("care_plan"),
            patient_id=person.id,
            title="Care plan",
            status=status,
            period_start=began,
            period_end=self.days_ago(3, 50) if status is CarePlanStatus.COMPLETED else None,
            next_review=None
            if status is CarePlanStatus.COMPLETED
            else (self.days_ahead(-7, 7) if self.chance(0.2) else self.days_ahead(8, 120)),
        )
        self.bundle.care_plans.append(plan)
        assert plan.id is not None
        goals, interventions = self.plan_problems(person, plan.id)
        self.plan_goals_and_interventions(person, plan.id, goals, interventions)
        for _ in range(_REVIEW_COUNT.draw(self.rng)):
            self.bundle.care_plan_reviews.append(
                CarePlanReview(
                    id=self.next_id("care_plan_review"),
                    care_plan_id=plan.id,
                    on_date=self.between(began, self.today - timedelta(days=1)),
                    outcome=self.pick(_REVIEW_OUTCOMES),
                )
            )

    def plan_problems(
        self, person: _Person, plan_id: int
    ) -> tuple[list[tuple[int, tuple[str, str, int]]], list[tuple[int, tuple[str, str, str]]]]:
        """1-3 problems from the patient's conditions; their candidate goals and interventions."""
        parts = [(kind.plan, condition.id) for kind, condition in person.conditions if kind.plan]
        self.rng.shuffle(parts)
        parts = parts[: self.randint(1, 3)] or [(_GENERAL_PLAN, None)]
        goals: list[tuple[int, tuple[str, str, int]]] = []
        interventions: list[tuple[int, tuple[str, str, str]]] = []
        for part, condition_id in parts:
            assert part is not None
            problem = Problem(
                id=self.next_id("problem"),
                care_plan_id=plan_id,
                description=part.problem,
                condition_id=condition_id,
            )
            self.bundle.problems.append(problem)
            assert problem.id is not None
            goals += [(problem.id, goal) for goal in part.goals]
            interventions += [(problem.id, item) for item in part.interventions]
        return goals, interventions

    def plan_goals_and_interventions(
        self,
        person: _Person,
        plan_id: int,
        goals: list[tuple[int, tuple[str, str, int]]],
        interventions: list[tuple[int, tuple[str, str, str]]],
    ) -> None:
        goal_of_problem: dict[int, int] = {}
        for problem_id, (description, target, due_days) in self.rng.sample(
            goals, min(len(goals), self.randint(1, 3))
        ):
            goal = Goal(
                id=self.next_id("goal"),
                care_plan_id=plan_id,
                problem_id=problem_id,
                description=description,
                target=target,
                due_date=self.today + timedelta(days=due_days - self.randint(0, due_days // 2)),
                achievement=_ACHIEVEMENT.draw(self.rng),
            )
            if goal.achievement is GoalAchievement.ACHIEVED:
                goal.lifecycle = GoalLifecycle.COMPLETED
            self.bundle.goals.append(goal)
            assert goal.id is not None
            goal_of_problem.setdefault(problem_id, goal.id)
        wanted = self.randint(2, 4)
        chosen = self.rng.sample(interventions, min(len(interventions), wanted))
        extra = [
            (0, item) for item in _GENERAL_INTERVENTIONS if item[0] not in {c[1][0] for c in chosen}
        ]
        chosen += extra[: max(0, wanted - len(chosen))]
        for problem_id, (description, performer, frequency) in chosen:
            label, contact = self.performer(person, performer)
            self.bundle.interventions.append(
                Intervention(
                    id=self.next_id("intervention"),
                    care_plan_id=plan_id,
                    goal_id=goal_of_problem.get(problem_id),
                    description=description,
                    contact_id=contact.id if contact else None,
                    performer=label,
                    frequency=frequency,
                    status=_INTERVENTION_STATUS.draw(self.rng),
                )
            )

    def performer(self, person: _Person, key: str) -> tuple[str, Contact | None]:
        """Who carries out an intervention, in words and (when on the team) as a contact."""
        labels = {
            "caregiver": "Family caregiver",
            "agency": "Home care agency",
            "gp": "GP",
            "nurse": "District nurse",
            "pharmacy": "Pharmacy",
            "therapist": "Therapist",
            "social_worker": "Social worker",
            "coordinator": "Care coordinator",
        }
        contact = person.team.get(key)
        if contact is None:
            return labels[key], None
        return f"{labels[key]} ({contact.name})", contact

    # -- notes -----------------------------------------------------------------------------------

    def build_notes(self, person: _Person) -> None:
        words = self.words(person)
        count = _NOTE_COUNT.draw(self.rng)
        visits: list[date] = []
        if person.series is not None:
            visits = person.series.days_between(
                self.today - timedelta(days=42), self.today - timedelta(days=1)
            )
        for _ in range(count):
            if visits and self.chance(0.7):
                self.visit_note(person, self.pick(visits), words)
            else:
                written = datetime.combine(
                    self.days_ago(1, 90), time(self.randint(8, 17), self.randint(0, 59))
                )
                self.bundle.notes.append(
                    Note(
                        id=self.next_id("note"),
                        patient_id=person.id,
                        written_at=written,
                        kind=NoteKind.PROGRESS,
                        text=self.pick(_PROGRESS_NOTES).format(**words),
                    )
                )

    def visit_note(self, person: _Person, day: date, words: dict[str, str]) -> None:
        assert person.series is not None
        appointment = person.series.appointment
        written = datetime.combine(day, appointment.start.time()) + timedelta(
            minutes=appointment.duration_min + 10
        )
        bp = f"{self.randint(112, 168)}/{self.randint(62, 96)}"
        text = self.pick(_VISIT_NOTES).format(bp=bp, pulse=self.randint(58, 96), **words)
        if person.patient.sex is Sex.MALE:
            text = text.replace("herself", "himself")
        self.bundle.notes.append(
            Note(
                id=self.next_id("note"),
                patient_id=person.id,
                written_at=written,
                kind=NoteKind.VISIT,
                text=text,
                appointment_id=appointment.id,
            )
        )


# -- pure helpers --------------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _nhs_number(rng: random.Random) -> str:
    """A valid NHS number (modulus 11 check digit) in the 999 range kept for test data."""
    while True:
        digits = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue  # no valid number has this stem
        digits.append(0 if check == 11 else check)
        text = "".join(map(str, digits))
        return f"{text[:3]} {text[3:6]} {text[6:]}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


def _email(given: str, family: str, domain: str) -> str:
    return f"{_slug(given)}.{_slug(family)}@{domain}"


def _dose_text(medication: Medication) -> str:
    # Worded as the store words the STARTED event when a coordinator adds a medication.
    return " ".join(
        part
        for part in (medication.strength, medication.dose, medication.route, medication.frequency)
        if part
    )
