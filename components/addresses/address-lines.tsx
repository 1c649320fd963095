type AddressLinesProps = {
  address: { name: string; line1: string; line2: string | null; postalCode: string; city: string };
  /** the phone line, already worded ("Tél. : 06…"), when the address has one */
  phoneLine?: string;
};

/** A saved address as it is written on a parcel: recipient, street, postcode and town, phone. */
export function AddressLines({ address, phoneLine }: AddressLinesProps) {
  const lines = [address.name, address.line1, address.line2, `${address.postalCode} ${address.city}`, phoneLine].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <address className="not-italic">
      {lines.map((line, index) => (
        <span key={index} className={index === 0 ? "block font-semibold" : "block"}>
          {line}
        </span>
      ))}
    </address>
  );
}
