"""carebook's own viewer of a patient's documents: pictures and PDFs shown from memory."""
