"""The proofreader: a tutorial's checkable claims, checked against what the sites show and enforce."""
