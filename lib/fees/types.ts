// The fee engine's vocabulary (docs/business-models.md, fees). Pure types: shared by checkout, the ledger,
// the Rates page, the e-mails and billing. Amounts in minor units, rates in basis points.

export type ProductKindName = "PHYSICAL" | "SERVICE" | "DIGITAL";

/** A plan as the engine sees it. */
export type FeePlan = {
  defaultCommissionBps: number;
  /** the shop's first N sales carry no commission */
  commissionFreeSales: number;
  /** the delivery fee is commissioned too, at the plan's default rate */
  commissionOnShipping: boolean;
  /** this plan passes the payment fee on to the vendor */
  paymentFeePassThrough: boolean;
  /** the most specific rule wins: category (nearest ancestor) > product kind > default */
  rules: readonly { productKind: ProductKindName | null; categoryId: string | null; rateBps: number }[];
};

/** The marketplace's settings the engine reads. */
export type FeeSettings = {
  paymentFeeBps: number;
  paymentFeeFixedAmount: number;
  /** the payment fee is passed on to every vendor (else only where the plan passes it through) */
  paymentFeePassedOn: boolean;
  /** VAT on the marketplace's fees (commission, subscription, rent) */
  feesVatBps: number;
  /** an ambassador's share of a line bought through their link, never more than the line's commission */
  ambassadorShareBps: number;
};

export type FeeLine = {
  kind: ProductKindName;
  /** the product's category and its ancestors, nearest first ([] without a category) */
  categoryPath: readonly string[];
  /** what the shopper pays for the line (unit price × quantity) */
  lineAmount: number;
};

export type FeePartInput = {
  /** null: the marketplace has no plan at all (no commission) */
  plan: FeePlan | null;
  lines: readonly FeeLine[];
  deliveryFeeAmount: number;
  /** this sale is one of the plan's commission-free first sales (decided under a lock at payment) */
  commissionFree: boolean;
};

export type FeeLineResult = {
  rateBps: number;
  commissionAmount: number;
  ambassadorShareAmount: number;
};

export type FeePartResult = {
  lines: FeeLineResult[];
  itemsAmount: number;
  deliveryFeeAmount: number;
  /** commission on the items (sum of the lines') */
  itemsCommissionAmount: number;
  /** commission on the delivery fee (0 unless the plan commissions shipping) */
  shippingCommissionAmount: number;
  /** items + shipping commission */
  commissionAmount: number;
  /** VAT on the commission, owed by the vendor */
  feesVatAmount: number;
  /** the part's share of the order's payment fee charged to the vendor (0 when the marketplace absorbs it) */
  paymentFeeAmount: number;
  /** carved out of the commission: the vendor's net does not change */
  ambassadorShareAmount: number;
  /** items + delivery − commission − VAT on fees − payment fee */
  vendorNetAmount: number;
  /** commission − ambassador share + payment fee charged (VAT on fees is collected for the state) */
  marketplaceCommissionKeptAmount: number;
};

export type FeeOrderInput = {
  settings: FeeSettings;
  parts: readonly FeePartInput[];
  /** the order came through an ambassador's link (and the buyer is not that ambassador) */
  ambassador: boolean;
};

export type FeeOrderResult = {
  /** what the shopper pays: items + delivery of every part */
  totalAmount: number;
  /** the provider's estimated fee on the whole order (rate + fixed) */
  paymentFeeAmount: number;
  parts: FeePartResult[];
};
