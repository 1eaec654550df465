"""The Measures tab: WHO-5, work and education status, children's thriving, leisure
activities and civil-society connections, each as a short form and a timeline per person."""
