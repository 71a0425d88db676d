"""The legal one-stop forms and reports as PDF, generated with reportlab. No Qt, no network.

Public API (other rooms depend on these names):

    printing.documents   receipt_pdf, supplement_pdf, refusal_pdf, apology_pdf, control_pdf, ledger_pdf,
                         render_form, receipt_qr_text, write_pdf, PrintError — plain values in, PDF bytes out
    printing.values      PaperDetails (number, date, signer, register entry), dossier_values (the vocabulary
                         of named values every template prints)
    printing.templates   FORMS: the six legal forms declared as data (`printing.blocks`)
    printing.audit       print_action, print_details, is_reprint — how prints are recorded and recognised
"""
