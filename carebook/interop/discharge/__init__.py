"""A discharge medication list read from its file: FHIR, C-CDA or a spreadsheet."""

from carebook.interop.discharge.errors import DischargeFileError
from carebook.interop.discharge.reading import read_discharge

__all__ = ["DischargeFileError", "read_discharge"]
