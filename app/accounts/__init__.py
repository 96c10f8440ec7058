"""Owner accounts: the register of buildings, units and owners; fee standards; the monthly billing run;
payments allocated oldest first with credit (预交); arrears and collection rate."""
