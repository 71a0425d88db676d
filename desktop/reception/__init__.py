"""The counter: scan the ID card, choose the procedure, fill its form, check the papers, save, print."""
