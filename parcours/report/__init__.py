"""Reports of a run: HTML for people, cucumber JSON and JUnit for CI, illustrated tutorials for trainers."""
