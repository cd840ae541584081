/**
 * The groups of the API, one per OpenAPI tag (the sections of the reference page): every endpoint
 * is declared through its group, so a tag is written once and endpoints of several modules that
 * belong together (values, validation, stated rates and missing-value reasons) share it.
 */
import { endpointGroup } from "./Endpoint.js";

export const system = endpointGroup("Hệ thống");
export const accounts = endpointGroup("Tài khoản");
export const auditTrail = endpointGroup("Nhật ký");
export const administration = endpointGroup("Quản trị");
export const orgUnits = endpointGroup("Đơn vị");
export const periods = endpointGroup("Kỳ báo cáo");
export const indicators = endpointGroup("Chỉ tiêu");
export const values = endpointGroup("Số liệu");
export const reportWorkflow = endpointGroup("Quy trình báo cáo");
export const reportChecks = endpointGroup("Kiểm tra báo cáo");
export const reports = endpointGroup("Báo cáo");
export const narratives = endpointGroup("Thuyết minh");
export const documents = endpointGroup("Văn bản");
export const activities = endpointGroup("Hoạt động");
export const inspections = endpointGroup("Kiểm tra");
export const plans = endpointGroup("Kế hoạch và nhiệm vụ");
export const dossiers = endpointGroup("Hồ sơ TTHC");
export const parIndex = endpointGroup("Chỉ số CCHC");
export const deadlines = endpointGroup("Hạn và nhắc việc");
