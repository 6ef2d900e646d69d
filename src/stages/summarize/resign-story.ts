// For the summarize tests: an invented resignation told by five outlets (invented names and places).
/** Five outlets' articles of one invented resignation, one giving a reaction's few words, two the whole quotation. */
export const RESIGN = [
  {
    outlet: 'Tessel Herald',
    publishedAt: '2027-02-04T08:00:00Z',
    title: 'Harbour Minister Alric Dunmore resigns over ferry contract',
    text: 'Harbour Minister Alric Dunmore resigned on Thursday after a week of pressure over the handling of the Eastway ferry contract review.\n\n“I have lost the trust of the people I serve, and I will not cling to this office,” Dunmore told reporters outside the ministry.\n\nPremier Wenna Roskell accepted the resignation. “Alric served with honour, and I accept his resignation with regret,” she said in a statement.\n\nOpposition leader Bram Keverne said the resignation was “long overdue”.\n\nThe contract, worth 1.8 billion crowns, was awarded in May to the Solent Marine group.',
  },
  {
    outlet: 'Kell Times',
    publishedAt: '2027-02-04T09:00:00Z',
    title: 'Dunmore quits as harbour minister',
    text: 'Alric Dunmore stepped down as harbour minister on Thursday, the government confirmed.\n\nDunmore said he had lost the trust of the people he served.\n\nRoskell said she accepted the resignation with regret.\n\nThe Eastway ferry contract, worth 1.8 billion crowns, went to the Solent Marine group in May.',
  },
  {
    outlet: 'Orrow Gazette',
    publishedAt: '2027-02-04T10:00:00Z',
    title: 'Harbour minister steps down after contract row',
    text: 'Harbour Minister Alric Dunmore resigned on Thursday, saying he had lost the trust of the public and would not hold on to his post.\n\nPremier Wenna Roskell praised his honour and said she accepted his decision with regret.\n\nOpposition leader Bram Keverne said: “This resignation is long overdue, and it does not end the questions about the contract.”\n\nThe 1.8 billion crown contract was awarded to the Solent Marine group in May.',
  },
  {
    outlet: 'Bay Radio',
    publishedAt: '2027-02-04T11:00:00Z',
    title: 'Dunmore resigns',
    text: 'Harbour Minister Alric Dunmore has resigned after days of criticism of the Eastway ferry contract review.\n\nPremier Wenna Roskell said: "Alric served with honour, and I accept his resignation with regret."\n\nThe opposition leader, Bram Keverne, said: "This resignation is long overdue, and it does not end the questions about the contract."\n\nJunior minister Ives Pellow will take over the harbour brief until a successor is named.',
  },
  {
    outlet: 'Coast Ledger',
    publishedAt: '2027-02-04T13:00:00Z',
    title: 'Keverne: Dunmore exit "long overdue"',
    text: 'Opposition leader Bram Keverne said on Thursday that the resignation of Harbour Minister Alric Dunmore was long overdue.\n\n"This resignation is long overdue, and it does not end the questions about the contract," Keverne said.\n\nThe Eastway ferry contract, worth 1.8 billion crowns, was awarded to the Solent Marine group in May.',
  },
];
