print("nod")
