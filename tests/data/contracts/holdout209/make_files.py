"""holdout209 — builds the ten blind held-out drafts from the sources kept below.

Run with /work/main/.venv/bin/python. The .md and .txt contracts are written as they stand; the two .docx (real Word
price tables) and the two .pdf (paragraphs broken at word boundaries, wrap_words=True) are built with ../word_pdf.py.
The .json labels are not made here (written by hand-checked inline scripts, see NOTES.md).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h209z01 — 市图书馆 智慧图书馆自助借还系统 (政府采购 公开招标, buyer's paper) — .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H209Z01 = """
T:宁川市图书馆智慧图书馆自助借还系统集成项目采购合同
P:合同编号：NCTSG-2025-ZC-017　　采购项目编号：NCZC2025-GK-0342（公开招标）
P:采购人（甲方）：宁川市图书馆　　地址：宁川市文澜路88号
P:供应商（乙方）：浙江书联智能科技有限公司　　地址：杭州市余杭区闲林街道书联路27号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件和中标通知书为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方总馆及城东分馆、文澜少儿分馆建设基于超高频RFID的智慧图书馆自助借还系统，内容包括设备供货、平台软件许可、馆藏标签转换、与甲方现有图书馆集成管理系统的接口开发、安装调试、培训以及质保期内的维护服务。
P:1.2 设备及软件的品牌、型号和技术参数以乙方投标文件及附件1《技术规格偏离表》为准，乙方不得擅自更换；确需更换的，须经甲方书面同意，且性能不低于原投标型号。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾陆万柒仟捌佰元整（¥1,867,800.00），为固定总价，包含设备、软件、运输、保险、安装、接口开发、标签转换、培训、税费以及质保期内的全部服务费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|立式自助借还机（含超高频RFID读写模块）|8台|46,800|374,400
TB:2|桌面式自助借还机|6台|21,500|129,000
TB:3|外置自助还书机（带三格分拣）|1套|268,000|268,000
TB:4|RFID安全门禁（双通道）|5套|18,600|93,000
TB:5|馆员工作站（含桌面读写器）|12台|6,900|82,800
TB:6|自助办证机|2台|39,500|79,000
TB:7|超高频RFID图书标签|360,000枚|0.58|208,800
TB:8|手持盘点仪|4台|17,200|68,800
TB:9|智慧图书馆管理平台软件（永久许可）|1套|236,000|236,000
TB:|设备及软件小计|||1,539,800
TB:10|馆藏标签转换加工（贴标、数据写入）|360,000册|0.45|162,000
TB:11|系统集成及接口开发（SIP2接口、统一身份认证、数据看板）|1项|148,000|148,000
TB:12|培训|1项|18,000|18,000
TB:|合同总价|||1,867,800
P:2.2 除本合同另有约定外，甲方无需向乙方支付合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，即¥373,560.00。
P:3.2 全部设备到货安装完毕、标签转换完成并经甲方组织初验合格后，甲方支付合同总价的45%，即¥840,510.00。
P:3.3 系统试运行期满并经最终验收合格后，甲方支付合同总价的35%，即¥653,730.00。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订之日起60日内完成全部设备的到货、安装及调试，90日内完成馆藏标签转换和接口联调，具备初验条件。
P:4.2 标签转换应在甲方闭馆时段或甲方指定区域进行，乙方应逐册核对条码与书目数据，不得造成图书污损或错架；造成损坏的，按图书原价赔偿。
P:4.3 设备到货时双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不构成验收。
H:第五条 验收
P:5.1 初验标准：（1）设备品牌、型号、数量及配置与合同一致；（2）自助借还机单次借还操作完成时间不超过5秒，叠放5册图书可一次识读；（3）安全门对未办理借阅的图书报警准确，误报率符合投标文件承诺；（4）与甲方图书馆集成管理系统的SIP2接口借书、还书、续借、预约及读者认证功能全部通过附件3测试用例；（5）标签转换抽检1,000册，数据写入错误不超过2册。
P:5.2 初验合格后进入60日试运行。试运行期间一级故障累计不得超过2次，且所有问题均已整改闭环。试运行期满后10个工作日内，甲方组织最终验收，必要时邀请第三方专家参加，并出具书面验收报告。
P:5.3 设备安装完毕、系统上线使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并承担复验费用。
H:第六条 质量保证与维护服务
P:6.1 质保期为三年（36个月），自最终验收合格之日起计算。质保期内乙方免费提供设备维修、部件更换、软件升级和补丁服务，并每半年进行一次全面巡检。
P:6.2 故障分级及响应：一级故障（全馆自助借还或安全门系统整体中断）乙方应在30分钟内远程响应，2小时内到达现场，8小时内恢复；二级故障（单台设备故障或部分功能不可用）应在2小时内响应，次一工作日内修复；三级故障（咨询及一般问题）应在一个工作日内答复。
P:6.3 乙方响应或恢复超过6.2约定时限的，每超时1小时，甲方可从履约保证金或应付款项中扣减人民币500元；同一设备在质保期内累计维修三次仍不能正常使用的，乙方应免费更换同型号新设备。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不高于设备及软件小计的6%（即每年不超过人民币92,388元），该标准在质保期满后两年内不得上调。维护合同由双方另行书面签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方总馆及全部分馆，不限用户数。
P:7.2 乙方为本项目定制开发的接口程序、数据看板、配置文件及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收前全部移交，甲方有权自行或委托第三方使用、修改。
P:7.3 乙方保证其提供的设备和软件不侵犯任何第三方的知识产权，由此产生的纠纷由乙方负责处理并赔偿甲方损失。
H:第八条 数据安全与个人信息保护
P:8.1 读者个人信息（姓名、证件号码、联系方式、借阅记录）及馆藏书目数据均属于甲方。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 平台部署于甲方机房。乙方远程维护须经甲方审批并通过甲方堡垒机进行，操作全程留痕；乙方驻场人员须签署保密承诺书。乙方应按照《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及网络安全等级保护第二级的要求落实访问控制、加密传输和日志审计。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。设备报废或退换时，乙方应在甲方监督下清除存储介质中的数据。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向任何第三方披露，保密期限至本合同终止后五年。依法应当公开的政府采购信息不受此限。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期完成安装或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方提供的设备或软件不符合合同约定的，应在甲方要求的期限内更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同全部或部分转让或分包给第三方，标签转换加工须由乙方自有人员完成。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期交付超过30日；（2）验收两次不合格；（3）违反本合同第八条、第九条的约定；（4）有其他严重违约行为，经甲方书面催告后10日内仍未改正。合同解除后，乙方应退还已收取的款项并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方执四份，乙方执二份。
P:附件：1. 技术规格偏离表；2. 故障分级及服务承诺；3. 验收测试用例。
P:甲方（盖章）：宁川市图书馆　　　　乙方（盖章）：浙江书联智能科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h209z02 — 浮法玻璃厂 玻璃应力在线检测系统 (hardware + post-warranty maintenance) — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H209Z02 = """
T:玻璃应力在线检测系统采购及维保合同
P:合同编号：HCFG-SB-2025-0619
P:甲方（买方）：淮澄浮法玻璃有限公司　　地址：安徽省淮澄市经济开发区浮法路9号
P:乙方（卖方）：苏州光衡检测技术有限公司　　地址：江苏省苏州市吴中区光衡路27号
P:甲方为其一线（日熔量600吨）、二线（日熔量700吨）浮法玻璃生产线采购玻璃应力在线检测系统。经比选，甲方确定乙方为供货单位。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供玻璃应力在线检测系统两套，分别安装于一线、二线退火窑出口后的冷端，对玻璃板全宽度的边部应力和板面应力进行连续扫描检测，并与甲方MES系统和退火窑DCS系统对接，将应力超标信息实时反馈给工艺人员。
P:（二）合同价格明细如下（单位：元，含13%增值税）：
TB:序号|名称|数量|单价|金额
TB:1|在线应力检测主机（偏振光扫描式，含光源、工业相机、龙门架）|2套|682,000|1,364,000
TB:2|边部应力测量头|4套|58,500|234,000
TB:3|工控机及数据采集柜|2套|46,200|92,400
TB:4|应力分析软件（永久许可，含退火工艺关联分析模块）|2套|118,000|236,000
TB:5|标定样板及冷端标定装置|1套|36,800|36,800
TB:硬件及软件小计||||1,963,200
TB:6|安装调试（含冷端辊道支架改造配合）|1项|126,000|126,000
TB:7|MES/DCS接口开发|1项|84,000|84,000
TB:8|操作及维护培训|1项|19,800|19,800
TB:合同总价||||2,193,000
P:（三）合同总价为人民币贰佰壹拾玖万叁仟元整（¥2,193,000），为固定价格，包含设备、软件、包装、运输、保险、安装调试、接口开发、培训、税费及质保期内的全部服务费用。质保期满后的维保服务费用按本合同第六条另行计取。
H:二、付款方式
P:（一）合同生效后7个工作日内，甲方支付合同总价的10%作为预付款，即¥219,300。
P:（二）设备全部到货并经双方开箱清点签收后，甲方支付合同总价的50%，即¥1,096,500。到货签收不代表质量验收。
P:（三）系统最终验收合格后，甲方支付合同总价的35%，即¥767,550。
P:（四）其余5%（¥109,650）作为质量保证金，质保期满且无未解决的质量问题后10个工作日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方厂区指定地点。安装调试应结合甲方生产安排进行，最迟在设备到货后35日内完成。
P:（二）乙方在甲方厂区作业须遵守甲方安全生产管理制度，动火作业、高处作业须办理作业票。因乙方原因造成生产线停机或玻璃板损坏的，乙方承担甲方由此产生的直接损失。
P:（三）乙方应随货提交安装图纸、设备说明书、出厂检验报告、标定报告、软件安装介质及接口说明书各两套。
H:四、验收
P:（一）安装调试完成后，双方按以下标准进行测试：1. 测量重复性：同一标定样板连续测量20次，标准差不大于2 nm/cm；2. 测量准确性：每条线抽取样片，与甲方实验室离线偏光应力仪比对，偏差不大于5 nm/cm；3. 扫描覆盖玻璃板全宽（最大板宽4.9米）；4. 检测结果在10秒内写入MES，应力超标报警在5秒内推送至DCS操作站；5. 系统连续运行30日，未发生一级故障。
P:（二）测试全部合格后，甲方在7个工作日内签署最终验收证书。任何一项不合格的，乙方应在10日内整改并重新测试，费用由乙方承担。
P:（三）设备安装完成、投入试用或甲方支付到货款，均不视为验收合格。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收证书签署之日起计算。质保期内，乙方免费维修或更换损坏部件，免费提供软件升级，并每季度上门校准一次。光源灯管等易损件按投标文件所列的寿命免费更换。
P:（二）故障分级与响应时限：1. 一级故障（检测系统停止输出或数据明显失真，影响工艺判断）：乙方应在1小时内远程响应，8小时内技术人员到场，到场后12小时内恢复；2. 二级故障（单个测量头或部分功能异常）：2小时内响应，48小时内修复；3. 三级故障（一般咨询）：1个工作日内答复。
P:（三）乙方未按上述时限响应或恢复的，每超时1小时，甲方可从质量保证金中扣减人民币800元；质量保证金不足扣减的，甲方可从应付的维保服务费中扣减。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方应继续提供不少于三年的维保服务，内容包括定期校准、故障维修、备件供应和软件升级，响应时限与第五条第（二）项相同。
P:（二）年度维保服务费按硬件及软件小计的18%计取，即每年人民币353,376元，在质保期满后的三年内保持不变，于每个服务季度结束后支付当季费用。
P:（三）维保服务期满需要续约的，双方另行协商并签订书面合同。
H:七、知识产权
P:（一）应力分析软件的著作权归乙方所有，乙方授予甲方在本厂范围内永久使用的许可。
P:（二）乙方为本项目开发的MES/DCS接口程序、报表模板及其源代码归甲方所有，甲方可以自行修改或委托第三方维护。
H:八、数据与网络安全
P:（一）检测系统产生的应力数据、退火工艺参数及生产统计数据属于甲方，乙方不得用于本合同以外的任何目的，不得复制或向第三方提供。
P:（二）检测系统接入甲方工业控制网络的，乙方应按甲方要求配置工业防火墙、关闭无关端口，不得设置隐藏账户或后门。远程维护须经甲方当班负责人批准，通过甲方提供的VPN通道进行，维护结束后立即断开。
P:（三）因乙方原因导致病毒传播、数据泄露或生产控制系统受到干扰的，乙方应在发现后2小时内通知甲方，并承担由此造成的全部损失。
H:九、保密
P:乙方对在甲方现场知悉的工艺配方、产量、成本及设备布局等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限为本合同终止后五年。甲方对乙方提供的软件技术资料同样负有保密义务。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）设备经两次整改仍不能通过验收的，甲方有权退货，乙方应退还甲方已付的全部款项。
P:（三）乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:十一、分包
P:乙方不得将本合同项下的设备供货和软件工作分包。龙门架基础施工和吊装作业如需委托第三方，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交合肥仲裁委员会仲裁，仲裁裁决是终局的。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 技术规格书；2. 验收测试大纲；3. 备品备件清单。
P:甲方（盖章）：淮澄浮法玻璃有限公司　　乙方（盖章）：苏州光衡检测技术有限公司
P:签约日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h209z03 — 连锁健身 会员与团课 SaaS, 三年订阅 + 实施 — .md, Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H209Z03 = """# 会员与团课管理SaaS服务订阅合同

合同编号：DL-IT-2025-046

**甲方（客户）**：动岚健身管理有限公司
地址：成都市武侯区锦城南路66号

**乙方（服务商）**：练客云（杭州）信息技术有限公司
地址：杭州市滨江区网商路512号

甲方经营连锁健身门店，拟使用乙方的“练客云”会员与团课管理SaaS平台（以下简称“平台”）。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过互联网向甲方提供平台订阅服务，包括会员档案与会籍管理、储值卡及次卡核销、私教排课、团课排期与预约、签到闸机对接、门店经营报表和总部看板等功能。

1.2 乙方为甲方提供一次性实施服务：（1）将甲方现有会员系统中的会员档案、会籍、余额、剩余课时等数据迁移至平台；（2）按甲方品牌视觉定制会员小程序界面及团课预约页面；（3）完成38家门店的上线配置和店长、前台、教练培训。

1.3 订阅期为三年，自平台正式上线之日起计算。

1.4 订阅期内，乙方为甲方指定一名客户成功经理，负责需求对接、功能培训和使用问题的跟进，并每季度与甲方总部运营部门召开一次业务回顾会，汇报平台使用情况、故障处理情况和后续版本计划。

1.5 平台的常规功能升级对甲方免费开放。涉及甲方门店操作流程变化的升级，乙方应至少提前7日通知甲方并提供操作说明。

## 2. 费用

2.1 费用明细如下：

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 门店版订阅费 | 38店 × 36个月 | 1,280元/店/月 | 1,751,040 |
| 总部版订阅费 | 1套 × 36个月 | 3,600元/月 | 129,600 |
| 数据迁移 | 1项 | 62,000 | 62,000 |
| 小程序品牌定制 | 1项 | 58,000 | 58,000 |
| 门店上线及培训 | 1项 | 48,000 | 48,000 |
| **合计** | | | **2,048,640** |

2.2 合同总价为人民币贰佰零肆万捌仟陆佰肆拾元整。订阅期内门店数量增减的，门店版订阅费按实际开通门店数按月结算，单价不变。

## 3. 付款

3.1 实施费（合计168,000元）在平台上线验收合格后15个工作日内一次性支付。

3.2 订阅费按季度结算，每个服务季度结束后，乙方提交当季服务报告及发票，甲方在收到后15个工作日内支付当季订阅费（按38家门店计，每季度156,720元）。

3.3 甲方不预付任何费用。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成数据迁移、小程序定制和全部门店上线配置。

4.2 上线验收标准：（1）迁移后会员人数、会籍到期日、储值余额、剩余课时与原系统逐条核对一致；（2）团课预约、候补、取消和签到核销流程在3家试点门店连续运行7日无差错；（3）小程序界面与甲方确认的设计稿一致；（4）门店报表与甲方财务系统的日收入对账一致。

4.3 甲方在收到乙方上线验收申请后5个工作日内组织验收并书面确认。平台开通使用本身不视为验收合格。

4.4 甲方应按乙方的实施计划提供原系统数据导出文件、门店清单、品牌设计稿和闸机接口资料，并指定总部项目负责人。因甲方未按时提供资料导致延误的，上线期限相应顺延。

## 5. 服务水平

5.1 乙方保证平台月度可用率不低于99.5%。计划内维护应安排在凌晨1:00至5:00之间，并提前3日通知甲方，不计入不可用时间。

5.2 故障响应：一级故障（全部门店无法预约、签到或核销）30分钟内响应，6小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应，次日内修复；三级问题1个工作日内答复。

5.3 乙方应于每月前5个工作日内向甲方提交上月服务报告，列明月度可用率、故障清单、处理时长和计划内维护记录。

5.4 服务补偿：月度可用率低于99.5%但不低于99.0%的，乙方按当月订阅费的5%给予抵扣；低于99.0%的，按当月订阅费的10%抵扣。一级故障响应超时的，每次按当月订阅费的2%抵扣。抵扣金额在下一季度订阅费中扣减。

## 6. 续期

6.1 订阅期届满前60日，任何一方均未书面提出不再续订的，本合同自动续期一年，此后亦同。

6.2 续期期间的订阅单价由乙方根据其届时的价格体系确定并提前30日通知甲方，每次续期上调幅度不超过8%。

## 7. 知识产权

7.1 平台及其底层软件的知识产权归乙方所有，甲方在订阅期内享有使用权。

7.2 乙方为甲方定制的小程序界面、品牌素材、团课预约页面及定制报表，知识产权归甲方所有；合同终止后甲方可自行或委托第三方继续使用和修改。

## 8. 数据权属与数据安全

8.1 会员个人信息（姓名、手机号、体测数据、消费及到店记录）及甲方经营数据属于甲方。

8.2 甲方同意，乙方可在去除个人身份标识后，对甲方会员的到店、团课预约和消费数据进行汇总分析，用于乙方产品优化及发布健身行业研究报告，该项使用在本合同终止后仍可继续。

8.3 平台部署于境内云服务器，已通过网络安全等级保护第三级测评。乙方应对会员数据加密存储、按最小权限原则分配访问账号并保留操作日志。

8.4 发生数据泄露等安全事件的，乙方应在发现后2小时内通知甲方并采取处置措施；因乙方原因造成的损失由乙方承担赔偿责任。

8.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据。

## 9. 保密

双方对因本合同知悉的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 10. 违约责任

10.1 乙方未按第4.1条约定时间完成上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金。

10.2 乙方违反第8条约定的，除承担赔偿责任外，甲方有权解除合同。

10.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据泄露造成的损失不受此限。

## 11. 分包

乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

## 12. 合同解除

12.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 平台连续两个月月度可用率低于99.0%的，甲方有权解除合同，无需承担违约责任。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

## 14. 其他

14.1 因地震、台风、疫情等不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，可以部分或全部免除责任。云服务商的一般性故障不属于不可抗力。

14.2 本合同项下的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：动岚健身管理有限公司
乙方（盖章）：练客云（杭州）信息技术有限公司
日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h209z04 — 县交通运输局 农村公路养护管理平台 年度运维 (政府采购 询价) — .txt, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H209Z04 = """青溪县农村公路养护管理平台2026年度运行维护服务合同

合同编号：QXJT-YW-2026-003
采购方式：询价（采购项目编号：QXCG2025-XJ-0218）

甲方（采购人）：青溪县交通运输局
地址：青溪县城关镇河西路15号

乙方（供应商）：江西路衡信息技术有限公司
地址：南昌市红谷滩区丰和中大道1196号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目询价通知书及乙方响应文件，甲乙双方就青溪县农村公路养护管理平台（以下简称“平台”）2026年度运行维护服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）平台应用系统（路网电子地图、养护计划、日常巡查、病害处置、养护资金管理、统计报表等模块）的日常运行维护、故障处理和小版本功能优化。
（二）养护巡查APP及微信小程序的运行维护，保障全县乡镇养护站和护路员的正常使用。
（三）全县1,862公里农村公路的路况数据年度更新与数据治理，包括技术等级、路面类型、桥涵及安全设施台账的核对更新。
（四）派驻1名运维工程师常驻甲方，工作日在岗。
（五）配合甲方完成平台的安全加固和网络安全等级保护测评整改。
（六）日常巡检：乙方每个工作日对平台运行状态、数据库空间和接口服务进行巡检，每周检查一次数据备份结果，每月对护路员APP的上报数据进行一次完整性核查，巡检记录纳入运维月报。
平台部署在青溪县政务云，云资源由甲方另行提供，不在本合同范围内。

第二条 服务期限
服务期限自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，不自动续期；下一年度服务由甲方依法重新组织采购。

第三条 合同价款
（一）本合同总价为人民币肆拾壹万元整（¥410,000.00），为固定总价，包含人工、差旅、工具软件、税费等全部费用。分项如下：
1. 平台应用、数据库及中间件运行维护：168,000元；
2. 养护巡查APP及小程序运行维护：46,000元；
3. 路况数据年度更新与数据治理：72,000元；
4. 驻场运维工程师（1人，全年）：96,000元；
5. 安全加固及等保测评整改配合：28,000元。
（二）合计410,000元。

第四条 付款方式
（一）本合同不设预付款。
（二）运维费按季度支付。每季度结束后，甲方按第七条对乙方进行季度考核，考核合格后15个工作日内支付当季运维费102,500元；考核扣减的金额从当季运维费中扣除。
（三）乙方应在每次付款前开具合法有效的发票。

第五条 工作要求与交付成果
（一）乙方每月5日前提交上月运维月报，内容包括平台运行情况、故障处理记录、巡检记录和优化事项。
（二）乙方应于2026年9月30日前提交全县农村公路路况数据年度更新成果，包括更新后的路网台账、电子地图图层和数据质量报告。
（三）乙方应于2026年6月30日前完成平台安全加固，并提交加固报告。
（四）乙方应于服务期满前提交年度运维总结、系统配置清单、运维脚本和操作手册。
（五）驻场运维工程师应具有计算机相关专业大专以上学历和两年以上同类平台运维经验，遵守甲方考勤和保密管理制度。乙方更换驻场人员的，应提前10个工作日书面征得甲方同意，并做好工作交接。
（六）每年汛期前，乙方应配合甲方完成水毁路段上报功能的专项检查和护路员操作培训。

第六条 服务水平
（一）故障分级：一级故障指平台整体无法访问或核心数据丢失；二级故障指某一模块或APP无法使用；三级故障指一般功能缺陷或使用咨询。
（二）响应与处理时限：一级故障乙方应在8小时内响应，并在响应后1个工作日内恢复；二级故障在1个工作日内响应，3个工作日内修复；三级故障在3个工作日内处理完毕。
（三）乙方未按上述时限响应或处理的，每发生一次，甲方可从当季运维费中扣减2%。

第七条 考核与验收
（一）季度考核由甲方按附件《运维服务考核表》进行，考核内容包括故障响应及处理时限、月报提交、驻场人员在岗情况和用户满意度，满分100分，80分以上为合格；低于80分的，每低1分扣减当季运维费的0.5%。
（二）年度验收：服务期满后，甲方根据第五条所列成果进行年度验收。验收标准为：路况数据更新成果经抽查复核，抽查路段台账与实地一致；安全加固完成且测评无高风险问题；年度运维资料齐全。验收合格后由甲方出具书面验收意见。

第八条 数据安全
（一）平台中的路网数据、养护资金数据、护路员个人信息及其他业务数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的。
（二）乙方访问平台须使用甲方分配的专用账号，通过政务云堡垒机操作，禁止将数据拷贝至个人设备或境外服务器；驻场人员应签署保密承诺书。
（三）乙方应落实网络安全等级保护第二级的各项管理和技术要求。发生数据泄露、篡改、丢失或网络攻击等安全事件时，乙方应在发现后2小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。
（四）服务期满或合同解除后，乙方应交回全部账号，删除留存的甲方数据，并书面确认。

第九条 保密
乙方对履行本合同过程中获知的甲方工作秘密、未公开数据和信息负有保密义务，未经甲方书面同意，不得以任何形式对外发布、提供或用于商业开发。乙方应对其工作人员进行保密教育，工作人员离职的，乙方应收回其全部账号和资料。保密义务不因本合同终止而解除。

第十条 知识产权
乙方在履行本合同过程中形成的运维文档、运维脚本、优化代码、数据治理成果及路网图层等，知识产权均归甲方所有，乙方应在服务期满前全部移交。

第十一条 分包
乙方可将农村公路路况数据外业采集等辅助性工作委托具备相应能力的第三方实施，但应在实施前告知甲方，并对第三方的工作成果和数据安全负责。

第十二条 违约责任
（一）乙方未按第五条第（二）项、第（三）项约定的时间提交成果的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）驻场人员未经甲方同意擅自离岗或更换的，每发生一次扣减当季运维费1,000元。
（三）乙方违反第八条、第九条约定的，应赔偿甲方全部损失，甲方有权解除合同。

第十三条 合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按乙方实际完成的合格服务结算费用。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）因不可抗力致使本合同不能履行的，受影响一方应及时通知对方，并在15日内提供有关证明，双方协商处理。
（二）服务期满时，乙方应配合甲方或甲方新选定的服务单位完成交接，交接期不超过30日，交接期间乙方不得中断服务。
（三）本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。附件：运维服务考核表。

甲方（盖章）：青溪县交通运输局
乙方（盖章）：江西路衡信息技术有限公司
签订日期：2025年12月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h209z05 — 虾皮加工厂 MES licence + 定制开发, supplier's own template — .md, bold 第N条 headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H209Z05 = """# 甬川MES软件许可及实施合同

（甬川智造标准合同文本 V5.0）

合同编号：YCZZ-MES-2025-1107

**甲方（用户）**：舟屿海产品加工有限公司
地址：浙江省舟山市普陀区沈家门街道海鲜路21号

**乙方（许可方）**：宁波甬川智造软件有限公司
地址：浙江省宁波市鄞州区智造大道388号

甲方从事虾皮、虾米等干制水产品的加工和出口，拟在其生产基地部署乙方的“甬川MES”制造执行系统。双方经协商，同意按照本合同文本的约定履行。

**第1条 定义**

1.1 “标准软件”指乙方享有著作权的甬川MES软件产品，包括生产计划、批次追溯、质量检验、仓储管理四个模块。

1.2 “定制开发成果”指乙方根据甲方需求开发的功能、工艺模型、数据采集程序、报表及其源代码和文档。

1.3 “上线”指系统在甲方生产基地安装部署完成并开始用于日常生产。

1.4 “许可用户”指经甲方授权使用系统的甲方员工，同时在线人数不超过50人。

1.5 “工作日”指中华人民共和国法定工作日，乙方服务时间为工作日8:30至17:30。

**第2条 合同标的与价格**

2.1 乙方向甲方提供标准软件的永久使用许可，并完成下列定制开发和实施工作：蒸煮、晾晒、筛分工序的数据采集；盐度、水分在线记录；原料船批到成品箱号的出口追溯码；与甲方财务软件的接口。

2.2 合同价格如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 甬川MES标准软件永久许可（四个模块，50个并发用户） | 486,000 |
| 2 | 定制开发（工序采集、在线记录、出口追溯码、财务接口） | 392,000 |
| 3 | 现场实施及数据初始化 | 118,000 |
| 4 | 用户培训 | 24,000 |
| | 合计 | 1,020,000 |

2.3 合同总价为人民币壹佰零贰万元整，不含服务器、数据库、工业平板及扫码终端等软硬件，该等软硬件由甲方自行采购。

2.4 甲方需增加许可用户或在其他生产基地部署的，应另行向乙方购买许可，价格按乙方届时的报价确定。

**第3条 付款**

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即561,000元。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即459,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施和服务。

**第4条 实施**

4.1 乙方根据甲方的配合情况制定实施计划，计划上线日期为本合同签订后120日。

4.2 甲方应按乙方要求提供工艺资料、基础数据、网络环境和现场工作条件，并指定项目负责人。因甲方原因导致的延误，实施期限相应顺延。

4.3 双方确认的《需求规格说明书》是定制开发的依据。甲方在需求确认后提出新增或变更需求的，乙方评估工作量后另行报价，按每人天2,800元收费，实施期限相应调整。

4.4 乙方派驻现场的实施人员应遵守甲方的食品生产卫生和安全管理规定，进入车间须按要求更衣消毒。

**第5条 验收**

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 上线后甲方发现的问题，由乙方按第8条在免费维护期内处理，不影响验收结论和付款。

**第6条 知识产权**

6.1 标准软件及定制开发成果的著作权和其他知识产权均归乙方所有。

6.2 甲方获得非独占、不可转让的使用许可，仅限在本合同约定的生产基地内使用；甲方不得修改、反编译定制开发成果，也不得交由第三方维护。乙方无义务交付定制开发成果的源代码。

**第7条 数据**

7.1 甲方在系统中录入和产生的生产数据归甲方所有。

7.2 甲方同意，乙方可在对甲方生产工艺数据和质量检验数据进行脱敏处理后，将其用于乙方水产加工行业模型的训练、产品改进及对外案例展示。

7.3 系统部署在甲方服务器上。乙方进行远程维护时，应使用甲方开通的专用账号，并采取访问控制和传输加密措施，不得拷贝或留存甲方的原始数据。发生数据安全事件的，乙方应在发现后48小时内通知甲方并协助处置；因乙方过错导致甲方数据泄露的，乙方承担相应的赔偿责任，但受第11条限额的约束。

**第8条 免费维护期与服务响应**

8.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方免费修复软件缺陷，并提供远程技术支持。

8.2 故障响应：一级故障（系统停止运行，影响生产）乙方在接到甲方通知后12小时内响应，48小时内提供解决方案；二级故障在2个工作日内响应；三级问题在5个工作日内答复。

8.3 乙方以电话、微信和远程桌面方式提供支持。甲方要求现场服务的，按每人天2,800元另行收费，差旅费由甲方承担。

8.4 乙方将尽力在上述时限内响应和处理，但响应或处理超时的，乙方不承担任何扣款、赔偿或违约责任。

**第9条 免费维护期满后的服务**

9.1 免费维护期满后，甲方需要乙方继续提供维护服务的，应与乙方签订年度维护服务合同。

9.2 年度维护服务费按乙方届时公布的年度服务价格标准执行。

**第10条 违约责任**

10.1 因乙方原因导致系统未能按计划日期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。

10.2 因甲方原因导致项目中止超过60日的，乙方有权要求甲方支付已完成工作对应的费用。

**第11条 责任限制**

11.1 乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、停产损失及数据恢复费用承担责任。

**第12条 保密**

双方对本合同内容以及在履行中获知的对方技术秘密、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。甲方应对乙方的软件、文档、实施方法和报价保密，不得向乙方的竞争对手提供。

**第13条 合同解除**

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

**第14条 法律适用与争议解决**

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

**第15条 其他**

15.1 本合同为乙方标准文本，甲方确认已详细阅读全部条款并理解其含义。

15.2 因不可抗力导致不能履行本合同的，受影响一方不承担责任，但应及时通知对方。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：舟屿海产品加工有限公司
乙方（盖章）：宁波甬川智造软件有限公司
日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h209e01 — Wenzhou lock maker, key-cutting CAD perpetual licence + configuration + support; Scottish vendor — .txt
# ---------------------------------------------------------------------------------------------------------------
H209E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

between

AIGAS BITTING SYSTEMS LIMITED, a company incorporated under the Companies Acts in Scotland (Registered Number SC614472) and having its Registered Office at The Boathouse, Eilean Aigas, Beauly, Inverness-shire IV4 7AD ("the Licensor")

and

WENZHOU HENGTAI LOCK CO., LTD., a company established in the People's Republic of China (Unified Social Credit Code 91330302MA2HT6QX4L) and having its registered office at No. 58 Jinhai Road, Ouhai Economic Development Zone, Wenzhou, Zhejiang Province ("the Licensee")

CONSIDERING THAT:
(A) the Licensor owns the KeyForm software for the design of key blanks, bittings and master-key systems;
(B) the Licensee manufactures locks and keys and wishes to use KeyForm to design keys and drive its CNC key-cutting machines; and
(C) at the Licensee's request all prices are stated and payable in Chinese yuan (CNY);

NOW THEREFORE the parties have agreed and do hereby agree as follows:

Clause 1 Definitions and interpretation
1.1 In this Agreement: "Acceptance Date" means the date on which the Licensee signs the Acceptance Certificate under Clause 5; "Configuration Deliverables" means the post-processor configurations, converted key-blank profiles, bitting rule tables, scripts and related documentation prepared by the Licensor for the Licensee under this Agreement; "Contract Price" means CNY 1,360,000; "Licensed Software" means the software listed in Part 1 of the Schedule; "Licensee Data" means all key profiles, bitting codes, master-key system charts, customer records and other data of the Licensee processed with the Licensed Software.
1.2 The Schedule forms part of this Agreement.

Clause 2 Licence
2.1 The Licensor grants to the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Licensee's premises in Wenzhou for its own business, within the number of concurrent seats and machine types stated in the Schedule.
2.2 The Licensee shall not decompile or reverse engineer the Licensed Software except to the extent permitted by applicable law.

Clause 3 Price and payment
3.1 The Contract Price is CNY 1,360,000, inclusive of Chinese VAT and withholding taxes, made up as set out in Part 2 of the Schedule. The Contract Price is fixed and includes travel and subsistence for the services described in this Agreement.
3.2 The Contract Price shall be paid as follows: (a) 20% (CNY 272,000) within 20 days after signature of this Agreement and receipt of the Licensor's invoice; (b) 45% (CNY 612,000) within 20 days after the Installation Certificate under Clause 4.3; and (c) 35% (CNY 476,000) within 20 days after the Acceptance Date.

Clause 4 Delivery, installation and configuration
4.1 The Licensor shall deliver the Licensed Software and install it on the Licensee's servers and workstations within 30 days after signature.
4.2 The Licensor shall perform the configuration services within 90 days after signature, namely: (a) conversion and import of the Licensee's 2,340 existing key-blank profiles; (b) set-up of the Licensee's bitting rules and master-key hierarchy templates; (c) configuration and tuning of post-processors for the six types of CNC key-cutting machines listed in the Schedule; and (d) six days of on-site training in Wenzhou.
4.3 When installation is complete the parties shall sign an Installation Certificate. The Installation Certificate records delivery only and is not acceptance.

Clause 5 Acceptance
5.1 Within 20 days after completion of the configuration services the parties shall carry out the acceptance tests set out in Part 3 of the Schedule. The tests are passed when: (a) 200 sample keys cut on each of the six machine types from KeyForm output are within 0.02 mm of the nominal dimensions; (b) every converted profile opens and matches the Licensee's master drawing; (c) a master-key system of 5,000 differs is generated without a duplicate or cross-key conflict; and (d) the Bitting Server supports 50 concurrent users with a response time below 3 seconds.
5.2 When all tests are passed the Licensee shall sign the Acceptance Certificate within 5 working days. If any test fails, the Licensor shall correct the defect and repeat the test at its own cost.
5.3 Use of the Licensed Software in production before the Acceptance Date, or payment of any instalment, does not constitute acceptance.

Clause 6 Warranty
6.1 The Licensor warrants that for 18 months after the Acceptance Date the Licensed Software and the Configuration Deliverables will perform materially in accordance with the documentation and Part 3 of the Schedule (the "Warranty Period").
6.2 During the Warranty Period the Licensor shall correct defects, supply all new releases and provide support in accordance with Clause 7 free of charge.

Clause 7 Support
7.1 Support is provided by the Licensor's own support staff in English and Chinese between 08:00 and 20:00 China Standard Time, seven days a week, by telephone, e-mail and remote session.
7.2 Response times: Severity 1 (machines cannot be driven or the Bitting Server is down) - response within 2 hours, workaround within 8 hours; Severity 2 (a major function is impaired) - response within 8 hours, fix within 5 working days; Severity 3 (minor issues and questions) - response within 2 working days.
7.3 If the Licensor misses a Severity 1 response or workaround time, it shall credit the Licensee CNY 1,000 for each hour or part of an hour of delay, set off against the next amount due to the Licensor or paid within 30 days.
7.4 After the Warranty Period the Licensee may order Annual Support at 11% of the licence fees in Part 2 of the Schedule, that is CNY 113,190 per year. That fee is fixed for the first three years of Annual Support; any later increase shall be agreed in writing and shall not exceed 3% per year. Annual Support is ordered year by year by purchase order and does not renew automatically.

Clause 8 Delay
8.1 If the Licensor fails to complete installation or configuration by the dates in Clause 4 for reasons within its control, it shall pay the Licensee liquidated damages of CNY 1,100 for each day of delay, up to a maximum of CNY 136,000.
8.2 If the delay exceeds 60 days, the Licensee may terminate this Agreement under Clause 14.

Clause 9 Intellectual property
9.1 The Licensed Software and all intellectual property in it remain with the Licensor.
9.2 The Configuration Deliverables, and all intellectual property in them, vest in the Licensee on creation. The Licensee may use, copy, modify and license them freely, including to third parties who maintain its machines. The Licensor shall deliver them in editable form before the Acceptance Date.

Clause 10 Licensee Data and security
10.1 Licensee Data belongs to the Licensee. The Licensor may process it only to perform this Agreement and shall not copy it out of the Licensee's systems, keep it or disclose it to anyone.
10.2 The Licensed Software runs on the Licensee's own servers. Remote sessions shall be opened only through the Licensee's VPN with multi-factor authentication, after approval for each session, and are recorded. The Licensor's staff shall comply with the Licensee's information security rules and with the Personal Information Protection Law and Data Security Law of the People's Republic of China.
10.3 The Licensor shall notify the Licensee within 12 hours of any actual or suspected unauthorised access to Licensee Data caused through the Licensor's staff, tools or remote sessions, shall take all steps needed to contain it, and shall indemnify the Licensee for the losses, claims and regulatory penalties that result from its breach of this Clause 10.

Clause 11 Confidentiality
11.1 Each party shall keep secret the confidential information of the other, and in particular the Licensor shall treat all bitting codes and master-key charts as strictly confidential. Neither party shall disclose confidential information without the other's prior written consent, except to its professional advisers or as required by law.
11.2 This Clause survives termination for seven years, and without limit of time for bitting codes and master-key charts.

Clause 12 Liability
12.1 The total liability of the Licensor under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed one hundred and fifty per cent (150%) of the Contract Price.
12.2 The limit in Clause 12.1 does not apply to death or personal injury caused by negligence, fraud, or breach of Clauses 10 and 11.
12.3 Neither party is liable for indirect or consequential loss.

Clause 13 Subcontracting and assignation
13.1 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent and remains responsible for any approved subcontractor.
13.2 Neither party may assign this Agreement without the prior written consent of the other.

Clause 14 Termination
14.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
14.2 If the Licensee so terminates before the Acceptance Date, the Licensor shall refund all sums paid.

Clause 15 Force majeure
Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other promptly.

Clause 16 Governing law and jurisdiction
16.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.
16.2 The parties prorogate the exclusive jurisdiction of the Scottish courts, and any action shall be brought in the Court of Session in Edinburgh.

Clause 17 General
This Agreement, with its Schedule, is the entire agreement of the parties and may be varied only in writing signed by both parties.

THE SCHEDULE

Part 1 Licensed Software: as listed in Part 2; machine types HT-K3, HT-K5, HT-D2 and three imported dimple-key machines.

Part 2 Price (CNY):
KeyForm Designer, 20 concurrent seats at 38,600 - 772,000
KeyForm Bitting Server, 1 licence - 146,000
KeyForm CAM post-processor module, 6 machine types at 18,500 - 111,000
Licence fees subtotal - 1,029,000
Configuration services (profiles, bitting rules, post-processors) - 268,000
On-site training, 6 days - 36,000
Travel and subsistence, fixed - 27,000
Contract Price - 1,360,000

Part 3 Acceptance tests: as in Clause 5.1, per the agreed test plan.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule annexed are executed as follows:

Subscribed for Aigas Bitting Systems Limited at Beauly on ______________ by ______________, Director, before this witness: ______________.

Signed for and on behalf of Wenzhou Hengtai Lock Co., Ltd. at Wenzhou on ______________ by ______________, Legal Representative, with the company seal affixed.
"""

# ---------------------------------------------------------------------------------------------------------------
# h209e02 — Xitang water-town hostel, reservation SaaS, Order Form + General Terms; Portuguese vendor — .txt,
#            "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H209E02 = """CERCO RESERVAS - ORDER FORM No. CR-CN-2025-0088

This Order Form is entered into between:

FIRST PARTY: CERCO RESERVAS, LDA., a private limited company (sociedade por quotas) with registered office at Cais Norte, n.o 4, Ilha do Cerco, Portugal, registered with the Commercial Registry Office under the single registration and tax number 516 204 873, with a share capital of EUR 50,000.00, represented by its managers Ms. Ines Valadares and Mr. Tiago Moura, with powers to bind it for this act (the "Provider");

SECOND PARTY: JIASHAN XITANG SHUIYUN YOUTH HOSTEL CO., LTD., a company established in the People's Republic of China, with registered office at No. 12 Shaoyao Lane, Xitang Town, Jiashan County, Zhejiang Province, represented by its legal representative Mr. Shen Jiawei (the "Customer").

The parties freely and in good faith agree on this Order Form, which incorporates the General Terms of Service set out below (together, the "Contract").

A. SUBSCRIBED SERVICES
Property: Shuiyun Youth Hostel, 86 beds in 24 rooms, Xitang.
Services: CercoPMS front-desk and property-management module; CercoBook booking engine for the Customer's website; CercoChannel channel manager with connections to up to eight online travel agencies; WeChat mini-program booking module.
Hosting: the Provider's production tenancy in the mainland China region of its cloud hosting provider (Annex C).
Initial Term: 24 months from the Go-Live Date.

B. FEES (all amounts in Chinese yuan, CNY, at the Customer's request, inclusive of VAT)
CercoPMS and CercoBook, monthly fee: CNY 2,860
CercoChannel, monthly fee: CNY 940
WeChat mini-program booking module, monthly fee: CNY 620
Total monthly fee: CNY 4,420, that is CNY 106,080 for the Initial Term
Onboarding (data import, channel mapping, mini-program configuration, two days of remote training), one-time: CNY 9,600
Total Contract Value for the Initial Term: CNY 115,680

C. PAYMENT
Monthly fees are invoiced monthly in arrears and are payable within 20 days of the invoice date. The onboarding fee is invoiced on Go-Live Acceptance and payable within 20 days. Nothing is payable in advance.

D. GO-LIVE
Target Go-Live Date: 45 days after signature of this Order Form.

Signed in Xitang and on Ilha do Cerco, in two originals in English, one for each party.

For the Provider: ______________ (Manager)     ______________ (Manager)
For the Customer: ______________ (Legal Representative), company seal

GENERAL TERMS OF SERVICE (Version 3.2)

1. OBJECT
1.1 The Provider grants the Customer, for the duration of the Contract, the right to access and use the subscribed services described in the Order Form (the "Services") for the operation of the Customer's property.
1.2 The Services are provided as software as a service. The Provider is responsible for the hosting, operation, maintenance and updating of the Services.

2. DEFINITIONS
2.1 "Guest Data" means all personal data of the Customer's guests and staff entered into or generated by the Services, including names, identity document numbers, contact details, stay history and payment references.
2.2 "Customer Configuration" means the room types, rate plans, booking-page design, mini-program skin, templates and reports set up for the Customer.
2.3 "Go-Live Date" means the date of the Go-Live Acceptance under clause 4.

3. TERM AND RENEWAL
3.1 The Contract enters into force on the date of signature of the Order Form and runs for the Initial Term.
3.2 On expiry of the Initial Term the Contract is renewed for successive periods of one year at the same monthly fees, unless either party gives written notice of non-renewal at least 60 days before expiry. Any change to the fees for a renewal period requires a written amendment signed by both parties.

4. ONBOARDING AND GO-LIVE ACCEPTANCE
4.1 The Provider shall import the Customer's room inventory, rate plans and future reservations, map the Customer's channels and configure the mini-program by the Target Go-Live Date.
4.2 Go-Live Acceptance takes place when the following tests, carried out jointly, are passed: (a) test bookings through three connected online travel agencies, the booking engine and the mini-program each appear in CercoPMS within one minute; (b) a change of availability or rate in CercoPMS reaches all connected channels within two minutes; (c) all imported future reservations match the Customer's previous system; and (d) check-in, check-out, invoicing and the daily police-registration export work on a full test day. The Customer confirms Go-Live Acceptance in writing.
4.3 Use of the Services for live bookings before the written confirmation is not Go-Live Acceptance.
4.4 If, for reasons attributable to the Provider, Go-Live Acceptance is not achieved by the Target Go-Live Date, the Provider shall pay the Customer CNY 90 for each day of delay as a penalty clause (clausula penal), without prejudice to the Customer's right to terminate under clause 12 if the delay exceeds 45 days.

5. SERVICE LEVELS
5.1 The Provider targets a monthly availability of the Services of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 02:00 and 05:00 China Standard Time.
5.2 Incident response targets: Priority 1 (the Services are unavailable or no bookings can be received) - response within 1 hour at any time; Priority 2 (a channel connection or a main function fails) - response within 8 hours; Priority 3 (other questions) - response within 2 business days.
5.3 The service levels in this clause are targets which the Provider will use its best endeavours to meet. Failure to meet them does not give rise to service credits, fee reductions or compensation of any kind. The Provider will report on availability monthly at the Customer's request.

6. CUSTOMER OBLIGATIONS
6.1 The Customer shall keep its user credentials secure, keep its rates and inventory up to date and use the Services in accordance with the law, including the rules on guest registration.
6.2 The Customer is responsible for its contracts with online travel agencies and for the fees they charge.

7. GUEST DATA AND SECURITY
7.1 Guest Data belongs to the Customer. The Provider processes Guest Data only on the Customer's documented instructions and only to provide the Services, and shall not use it for analytics, marketing, benchmarking or any other purpose of its own, even in anonymised form.
7.2 Guest Data is stored and processed only in the mainland China region of the hosting provider named in Annex C and shall not be transferred outside mainland China.
7.3 The Provider shall implement appropriate technical and organisational measures in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, including encryption in transit and at rest, role-based access with multi-factor authentication for the Provider's staff, logging of all access to Guest Data and daily back-ups kept for 30 days.
7.4 The Provider shall notify the Customer of any personal data breach without undue delay and in any case within 48 hours after becoming aware of it, shall assist the Customer with its notifications to the authorities and guests, and is liable for the damage caused by a breach resulting from its failure to comply with this clause 7.
7.5 On termination the Provider shall return Guest Data in a common format within 30 days and then delete it, confirming deletion in writing.

8. SUB-PROCESSORS AND SUBCONTRACTING
8.1 The Provider may engage the hosting provider named in Annex C. Any other sub-processor or subcontractor requires the Customer's prior written consent.
8.2 The Provider remains responsible for the acts and omissions of its sub-processors and subcontractors. Online travel agencies are the Customer's own contractors and are not sub-processors of the Provider.

9. INTELLECTUAL PROPERTY
9.1 The Services, the software and all related intellectual property rights belong to the Provider.
9.2 The Customer Configuration and the Customer's content, photographs and texts belong to the Customer. The Provider shall export them on request, and the Customer may use, modify and hand them to another provider freely.

10. CONFIDENTIALITY
Each party shall keep confidential all information of the other party obtained in connection with the Contract which is not public, and shall use it only for the purposes of the Contract. This obligation remains in force for three years after the end of the Contract.

11. LIABILITY
11.1 Each party is liable for the damage it causes by breach of the Contract, in accordance with the applicable law.
11.2 The total liability of the Provider for all claims arising out of or in connection with the Contract is limited in aggregate to the fees paid by the Customer in the six months preceding the event giving rise to the claim.
11.3 The limitation in clause 11.2 does not apply in the case of wilful misconduct (dolo) or gross negligence.

12. TERMINATION
12.1 Either party may terminate the Contract by registered letter with acknowledgement of receipt if the other party commits a material breach and does not remedy it within 30 days of a written notice describing the breach.
12.2 The Customer may also terminate the Contract if Go-Live Acceptance has not been achieved within 45 days after the Target Go-Live Date for reasons attributable to the Provider.
12.3 On termination the Customer pays the fees due up to the termination date only.

13. FORCE MAJEURE
Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of public authority, provided it informs the other party promptly.

14. NOTICES
Notices shall be in writing and sent to the addresses stated in the Order Form or to the e-mail addresses designated by the parties.

15. GOVERNING LAW AND JURISDICTION
15.1 The Contract is governed by Portuguese law.
15.2 For any dispute arising out of the Contract, the parties elect the courts of the judicial district of Lisbon, with express waiver of any other forum.

ANNEX A - Description of the Services. ANNEX B - Onboarding plan. ANNEX C - Hosting provider and location of data: the mainland China (Hangzhou) region of the Provider's cloud hosting provider.
"""

# ---------------------------------------------------------------------------------------------------------------
# h209e03 — Qinzhou golden-pompano cage farm, wave and current sensors + maintenance; Portuguese integrator,
#            buyer's paper — .docx, "Article N" + (1)
# ---------------------------------------------------------------------------------------------------------------
H209E03 = """
T:Purchase Contract for Wave and Current Monitoring Equipment and Maintenance Services
P:Contract No.: QZMW-EQ-2025-031
P:Buyer: Qinzhou Maowei Sea Golden Pompano Aquaculture Co., Ltd., No. 7 Haiwan Road, Kangxiling Town, Qinnan District, Qinzhou, Guangxi (the "Buyer")
P:Supplier: Mosteiro Marine Instruments, Unipessoal Lda., Rua do Cais 3, Ilheu do Mosteiro, Portugal (the "Supplier")
P:The Buyer operates 64 deep-water HDPE cages for golden pompano in the outer Maowei Sea. To protect the cages and stock during typhoon season it wishes to monitor waves and currents at the farm and to link the readings to its alarm and feeding systems. After a competitive negotiation the parties agree as follows. At the Buyer's request all prices are in Chinese yuan (CNY).
H:Article 1 Scope of Supply
P:(1) The Supplier shall supply, install, moor, commission and integrate the wave and current monitoring system described in Article 2 and Annex 1, train the Buyer's staff, and provide warranty and post-warranty maintenance services.
P:(2) The equipment shall be new, of the makes and models stated in Annex 1, and suitable for continuous use in sea water with typhoon-season sea states.
H:Article 2 Contract Price
P:(1) The Contract Price is CNY 1,831,000 (one million eight hundred and thirty-one thousand yuan), fixed, inclusive of VAT, delivery to the Buyer's base at Kangxiling, customs clearance, insurance, installation, mooring, vessel hire, integration and training. It is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Directional wave buoy, GNSS-based, with mooring set|2|186,000|372,000
TB:2|Bottom-mounted ADCP current profiler with trawl-resistant frame|3|214,000|642,000
TB:3|Cage-mounted single-point current meter|8|32,500|260,000
TB:4|Solar-powered data gateway, 4G and BeiDou|4|28,600|114,400
TB:5|Monitoring platform software, perpetual licence|1|168,000|168,000
TB:|Equipment and licence subtotal|||1,556,400
TB:6|Installation and mooring (vessel, divers)|1|186,000|186,000
TB:7|Integration with feeding-barge control and alarm SMS|1|72,000|72,000
TB:8|Training|1|16,600|16,600
TB:|Contract Price|||1,831,000
P:(2) No other charges are payable for the work under this Contract except the post-warranty maintenance fee under Article 8.
H:Article 3 Payment
P:(1) 20% of the Contract Price (CNY 366,200) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:(2) 45% of the Contract Price (CNY 823,950) after all equipment has been delivered, installed and moored and the Installation Record has been signed. The Installation Record is not acceptance.
P:(3) 35% of the Contract Price (CNY 640,850) within 15 working days after the Final Acceptance Certificate is signed.
H:Article 4 Delivery and Installation
P:(1) The Supplier shall deliver all equipment to the Buyer's base within 70 days after signature and complete installation and mooring within 30 days after delivery, using weather windows agreed with the Buyer's farm manager.
P:(2) The mooring design shall be approved by the Buyer before installation and shall withstand the 50-year return-period wave at the site as stated in Annex 2. The Supplier's divers and vessel crew shall follow the Buyer's safety rules at sea.
H:Article 5 Acceptance
P:(1) After installation the system shall run for a 30-day trial period. Final Acceptance requires that: (a) wave heights measured by each buoy agree with the Buyer's reference buoy within 0.1 m; (b) current speeds from the ADCPs agree with a reference current meter within 2 cm/s; (c) every instrument reports to the platform without any data gap longer than 2 hours during the trial; (d) alarm thresholds set by the Buyer trigger SMS alarms and the feeding-barge interlock within 60 seconds in a simulated test; and (e) all documents in Annex 3 have been delivered.
P:(2) If any criterion is not met, the Supplier shall remedy the defect at its cost and the trial shall be repeated for the affected instrument.
P:(3) Delivery, installation, the Installation Record, use of the data by the Buyer or any payment shall not be treated as Final Acceptance.
H:Article 6 Warranty
P:(1) The warranty period is 24 months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace any defective equipment free of charge, including parts, labour, vessel hire and divers, and shall recover, clean and recalibrate every buoy and ADCP once a year.
P:(2) Lost or damaged equipment caused by typhoon or third-party vessels is excluded, but the Supplier shall replace it at the unit prices in Article 2 if the Buyer so orders.
H:Article 7 Service Levels
P:(1) Priority 1 fault (loss of all wave or current data, or failure of the alarm function): the Supplier shall respond within 1 hour, restore the alarm function remotely or on site within 36 hours, sea state permitting, and restore full data within 72 hours after the sea state allows work.
P:(2) Priority 2 fault (one instrument fails): response within 8 hours, repair within 7 days. Priority 3 (other issues): response within 2 working days.
P:(3) For each hour by which a Priority 1 response is late the Supplier shall pay CNY 600, and for each day by which a Priority 1 restoration is late CNY 2,000. The Buyer may set these amounts off against any amount due.
P:(4) Before each typhoon warning issued for Qinzhou the Supplier shall check the health of all instruments remotely and report to the farm manager.
H:Article 8 Post-Warranty Maintenance
P:(1) After the warranty the Supplier shall provide maintenance on the same terms as Article 6(1) and Article 7 for at least three years if the Buyer so requests.
P:(2) The annual maintenance fee is 9% of the equipment and licence subtotal, that is CNY 140,076 per year, fixed for three years after the warranty. It is paid quarterly in arrears. Maintenance is ordered by the Buyer in writing year by year and does not renew automatically.
H:Article 9 Delay
P:(1) If the Supplier fails to deliver or to complete installation by the dates in Article 4 for reasons attributable to it, it shall pay liquidated damages of 0.09% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:(2) If delay exceeds 45 days the Buyer may terminate this Contract under Article 15.
H:Article 10 Intellectual Property
P:(1) Firmware and the platform software remain the property of their owners and are licensed to the Buyer perpetually for use at its farms.
P:(2) The integration software, alarm rules, dashboards and configurations developed for the Buyer under this Contract belong to the Buyer, which may use, modify and let third parties maintain them. The Supplier shall deliver the source code and documents before Final Acceptance.
H:Article 11 Data and Security
P:(1) All measurement data, farm data and alarm records belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, keep or disclose them.
P:(2) The platform runs on the Buyer's server at the farm office. Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication, after the Buyer approves each session, and is logged. The gateways shall use encrypted links and changed default passwords.
P:(3) The Supplier shall report any security incident affecting the system within 12 hours, take remedial action at once and compensate the Buyer for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's farm layout, stock numbers and production data, and shall not disclose it without the other party's prior written consent, for five years after the end of this Contract.
H:Article 13 Liability
P:The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Articles 11 and 12, which are not limited.
H:Article 14 Subcontracting
P:(1) The vessel and diving contractor named in Annex 1, Beihai Haitong Marine Engineering Co., Ltd., is approved by signature of this Contract.
P:(2) Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or in the case of Article 9(2). The Supplier shall then refund the amounts paid for undelivered or unaccepted items.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qinzhou Arbitration Commission for arbitration in Qinzhou. The arbitral award is final.
H:Article 17 Miscellaneous
P:This Contract is made in English and Chinese, both texts having equal effect, in four originals, two for each party. Annex 1: Equipment list and subcontractor. Annex 2: Site conditions and mooring design basis. Annex 3: Documents to be delivered.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h209e04 — Shenyang fintech start-up, managed IT + desktop support; Italian-style provider — .pdf,
#            "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H209E04 = """
T:Managed IT and Desktop Support Services Contract
P:Contract No. MSI/2025/117
P:Between the undersigned:
P:MAZZORBO SERVIZI INFORMATICI S.R.L., with registered office at Fondamenta di Santa Caterina 21, Isola di Mazzorbo, 30142 Venice (VE), Italy, tax code and VAT number IT04417830271, in the person of its legal representative pro tempore, Mr. Davide Scarpa (hereinafter the "Provider"),
P:and
P:SHENYANG BEILING FINTECH CO., LTD., with registered office at Room 1806, No. 9 Beiling Street, Huanggu District, Shenyang, Liaoning Province, People's Republic of China, in the person of its legal representative, Ms. Zhao Yuning (hereinafter the "Customer"),
P:(hereinafter jointly the "Parties" and each a "Party").
H:Whereas
P:a) the Customer is a financial-technology company with about 90 employees in its Shenyang office, which does not have its own IT department;
P:b) the Provider supplies managed IT services to small and medium-sized companies through its own staff in Italy and through its branch office in Shenyang;
P:c) the Customer wishes to entrust the Provider with the management of its IT infrastructure and desktop support, and the Provider is willing to accept, on the terms below;
P:d) at the Customer's request all amounts are expressed and paid in Chinese yuan (CNY).
P:NOW, THEREFORE, the Parties agree and stipulate as follows.
H:Art. 1 (Premises and annexes)
P:1.1 The premises and the annexes form an integral and substantial part of this Contract. Annex A: Service Catalogue. Annex B: Inventory of managed assets. Annex C: Transition Plan.
H:Art. 2 (Object)
P:2.1 The Provider shall provide the following services (the "Services"): (a) service desk by telephone, e-mail and chat from 08:00 to 20:00 China Standard Time on working days; (b) desktop support for up to 90 users, including set-up of laptops, installation of approved software and operating-system updates; (c) management of 14 servers and 22 network devices listed in Annex B, including monitoring, configuration changes, capacity reports and management of the back-up jobs; (d) an on-site technician at the Customer's office three days a week; and (e) the one-time transition of the Customer's IT environment described in Annex C.
P:2.2 Services not listed in Annex A, including projects and the purchase of hardware and licences, are excluded and shall be agreed in writing case by case.
P:2.3 Either Party may propose changes to the Services. The Provider shall answer a change request within 10 working days with its effect on fees and service levels; a change binds the Parties only when both have signed it.
H:Art. 3 (Duration)
P:3.1 This Contract runs for 24 months from the date of Transition Acceptance under Art. 5.
P:3.2 The Contract does not renew tacitly. Any extension requires a new written agreement.
P:3.3 During the last two months of the Contract the Provider shall assist the Customer and any successor provider with the hand-over of the Services, including a joint walk-through of the runbooks, the transfer of administrative accounts and the return of all equipment and documents of the Customer, at no extra charge.
H:Art. 4 (Fees)
P:4.1 The fees are as follows: desktop support, 90 users at CNY 420 per user per month, CNY 37,800 per month; infrastructure management, CNY 18,600 per month; on-site technician, CNY 21,000 per month; total monthly fee CNY 77,400, that is CNY 1,857,600 for the 24 months. Transition fee, one-time, CNY 64,000. Total contract value CNY 1,921,600, inclusive of VAT.
P:4.2 The monthly fee is invoiced at the end of each month for the services rendered in that month and paid within 30 days of invoice. The transition fee is invoiced after Transition Acceptance. No advance payment is due.
P:4.3 Additional users beyond 90 are charged at CNY 420 per user per month from the month in which they are added.
H:Art. 5 (Transition and acceptance)
P:5.1 The Provider shall complete the transition within 40 days after signature. The transition includes: complete inventory of hardware, software and accounts; enrolment of all 90 laptops in the Provider's endpoint-management tool; documentation of the network; a successful test restore of the file server and the finance database from back-up; and delivery of the runbooks listed in Annex C.
P:5.2 The Customer shall verify the items in Art. 5.1 within 5 working days after the Provider's notice of completion and shall sign the Transition Acceptance Certificate if all items are met. The start of the Services in themselves does not constitute acceptance.
P:5.3 If the transition is not completed within the period in Art. 5.1 for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 1,200 for each day of delay, without prejudice to compensation for greater damage.
H:Art. 6 (Service levels)
P:6.1 Incidents are classified as: Priority 1, the whole office or the trading and payment systems cannot work; Priority 2, a group of users or an important system is affected; Priority 3, a single user is affected; Priority 4, requests and questions.
P:6.2 Response times: Priority 1 within 30 minutes, with a technician on site within 2 hours and a resolution target of 6 hours; Priority 2 within 1 hour; Priority 3 within 3 working hours; Priority 4 within the next working day.
P:6.3 The Provider shall send a monthly service report with all incidents, times and the status of back-up jobs.
P:6.4 The Parties shall hold a service review meeting every month, in person in Shenyang or by video call, to discuss the report, open problems, planned changes and the Customer's growth plans. The Provider's service manager and the Customer's contact person shall attend.
H:Art. 7 (Obligations of the Customer)
P:7.1 The Customer shall give the Provider's staff access to the premises and systems needed for the Services, appoint a contact person and inform the Provider of changes in its organisation.
P:7.2 The Customer remains responsible for the choice of its software suppliers and for its own regulatory obligations.
H:Art. 8 (Service credits)
P:8.1 For each Priority 1 incident whose response time is exceeded, the Provider shall grant a credit of 5% of the monthly fee; for each Priority 2 incident, 2%. Credits in any month shall not exceed 20% of the monthly fee for that month and are deducted from the next invoice.
H:Art. 9 (Customer Data)
P:9.1 All data of the Customer, its employees and its clients to which the Provider has access in performing the Services ("Customer Data") remain the exclusive property of the Customer.
P:9.2 The Provider may use Customer Data only to perform the Services and shall not sell, transfer or otherwise exploit it. At the end of the Contract the Provider shall hand back all Customer Data in its possession.
H:Art. 10 (Confidentiality)
P:10.1 The Provider undertakes to keep confidential all information, documents and data concerning the Customer of which it becomes aware in performing the Contract, and to have its employees observe the same obligation. The obligation continues for five years after the end of the Contract.
H:Art. 11 (Intellectual property)
P:11.1 The Provider's tools, software and methods remain the Provider's property.
P:11.2 The documentation, runbooks, network diagrams, scripts and configurations prepared specifically for the Customer belong to the Customer, which may use and modify them and hand them to any successor provider.
H:Art. 12 (Personnel and subcontracting)
P:12.1 The Services are performed by the Provider's employees. The Provider may not subcontract the Services, in whole or in part, without the Customer's prior written consent.
P:12.2 The on-site technician shall be replaced at the Customer's reasoned request within 10 working days. The Provider shall ensure that the on-site technician speaks Chinese and English and holds recognised certifications for the servers and network devices in Annex B.
P:12.3 The Provider shall pay the salaries, social insurance and taxes of its personnel and indemnify the Customer against any claim of its personnel.
H:Art. 13 (Liability)
P:13.1 The Provider is liable for damage caused to the Customer by its non-performance or negligence. The total liability of the Provider under this Contract shall not exceed 150% of the total contract value stated in Art. 4.1, except in case of wilful misconduct or gross negligence.
P:13.2 The Provider is not liable for loss of profit or indirect damage.
P:13.3 The Provider shall maintain professional liability insurance with a reputable insurer for a sum of not less than CNY 3,000,000 per claim for the duration of the Contract and shall show the policy to the Customer on request.
H:Art. 14 (Force majeure)
P:14.1 Neither Party is liable for non-performance caused by force majeure. The affected Party shall inform the other without delay and resume performance as soon as possible.
H:Art. 15 (Exclusion of early termination)
P:15.1 In consideration of the fixed fees and of the dedicated resources the Provider assigns to the Customer, the Parties expressly agree that neither Party may withdraw from or terminate this Contract before its expiry, including for non-performance, save in case of the other Party's bankruptcy or insolvency proceedings.
P:15.2 For any breach of the Contract the remedies of the Customer are the service credits under Art. 8 and compensation for damage under Art. 13.
H:Art. 16 (Governing law and disputes)
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising out of or in connection with this Contract shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang.
H:Art. 17 (Final provisions)
P:17.1 Any amendment to this Contract shall be made in writing. This Contract is executed in two originals in English, one for each Party.
P:Venice / Shenyang, ____________
P:The Provider ____________________    The Customer ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h209e05 — Guizhou chili exporter, Sudan-dye test certificate API subscription + integration; Italian-style vendor
#            — .md, Markdown headings "## Article N – Title" + N.N
# ---------------------------------------------------------------------------------------------------------------
H209E05 = """# API Subscription and Integration Agreement – Sudan Dye Compliance Certificates

Agreement No. SCFA-API-CN-2025-019

**Between**

**SAN CLEMENTE FOOD ASSURANCE S.P.A.**, a joint-stock company with registered office at Isola di San Clemente 1, 30124 Venice (VE), Italy, share capital EUR 1,200,000 fully paid, registered with the Companies Register of Venice Rovigo, tax code and VAT number IT03981560279, represented by its Chief Executive Officer, Dr. Elena Brusegan, duly authorised (the **"Provider"**),

**and**

**ZUNYI HONGJIAO EXPORT CO., LTD.**, a company established in the People's Republic of China, with registered office at No. 88 Lajiao Avenue, Xinpu New District, Zunyi, Guizhou Province, represented by its legal representative, Mr. Luo Guoqiang (the **"Customer"**),

the Provider and the Customer being together the **"Parties"**.

## Premises

A. The Provider operates the SCFA Certificate API, an online service through which food business operators submit lot data and the analytical results of accredited laboratories and obtain digitally signed Sudan Dye Compliance Certificates (Sudan I to IV and Para Red), which importers and their customers can verify online.

B. The Customer exports dried chili, chili powder and chili sauce from Guizhou to importers in Europe and the Middle East, whose purchase conditions require such a certificate for every lot.

C. The Customer wishes to subscribe to the API and to have it integrated with its ERP system and with the result export of its contracted laboratory. At the Customer's request all amounts are expressed and paid in Chinese yuan (CNY).

The premises form an integral part of this Agreement. The Parties therefore agree as follows.

## Article 1 – Definitions

1.1 **"Certificate"** means a Sudan Dye Compliance Certificate issued through the API for one lot.

1.2 **"Customer Data"** means all lot data, sample data, laboratory results, importer details and documents submitted by or for the Customer, and the Certificates issued to it.

1.3 **"Integration Deliverables"** means the connector between the API and the Customer's ERP, the mapping tables for the laboratory result export, the Customer-specific certificate templates and layouts, scripts and their documentation.

1.4 **"Go-Live Date"** means the date of Go-Live Acceptance under Article 4.

## Article 2 – Object

2.1 The Provider grants the Customer access to the SCFA Certificate API, Export Tier, for the Subscription Term, with up to 300 Certificates per month included.

2.2 The Provider shall design, build and install the Integration Deliverables and train the Customer's quality and export staff.

2.3 The Subscription Term is 24 months from the Go-Live Date. The Agreement does not renew automatically; any further subscription requires a new written order at fees then agreed by the Parties.

## Article 3 – Fees and payment

3.1 The fees are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| API subscription, Export Tier | CNY 26,500 per month × 24 months | 636,000 |
| Integration Deliverables and training | one-time | 148,000 |
| **Total contract value** | | **784,000** |

Certificates above 300 in a month are charged at CNY 38 each, monthly in arrears; they are not part of the contract value.

3.2 The subscription fee is invoiced yearly in advance. On signature of this Agreement the Provider invoices the subscription fee for the first contract year together with 65% of the integration fee (in total CNY 414,200), payable within 10 days of invoice. The remaining 35% of the integration fee is invoiced on Go-Live Acceptance. The subscription fee for the second contract year is invoiced on the first anniversary of the Go-Live Date.

3.3 Amounts are inclusive of VAT. Late payments bear interest at the rate published by the People's Bank of China for one-year loans.

## Article 4 – Integration and Go-Live Acceptance

4.1 The Provider shall complete the Integration Deliverables within 60 days after receipt of the first payment (the "Target Date").

4.2 Go-Live Acceptance requires that: (a) 50 test lots created in the Customer's ERP are transmitted to the API without manual re-entry; (b) laboratory results exported by the Customer's contracted laboratory are mapped and validated without error for all 50 lots; (c) the 50 resulting Certificates are returned to the ERP and attached to the corresponding shipping documents; and (d) the signature of each Certificate is verified successfully from an importer test account. The Customer confirms Go-Live Acceptance in writing within 5 working days after the tests are passed.

4.3 If Go-Live Acceptance is not achieved by the Target Date for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 180 for each day of delay, up to CNY 18,000.

## Article 5 – Service levels

5.1 The Provider commits to a monthly availability of the API of 99.95%, measured at the API gateway, excluding scheduled maintenance notified 72 hours in advance.

5.2 Incident response: Severity 1 (the API is unavailable or Certificates cannot be issued or verified) – response within 1 hour at any time of day or night, every day of the year; Severity 2 (degraded performance or a failed integration job) – response within 8 hours; Severity 3 – response within 2 working days.

5.3 If availability in a month falls below 99.95%, the Provider grants a credit of 5% of the monthly subscription fee, and of 10% if it falls below 99.5%. For each Severity 1 incident whose response time is exceeded, the credit is 2% of the monthly fee. Credits are deducted from the next invoice or, at the end of the Agreement, paid to the Customer.

## Article 6 – Intellectual property

6.1 The API, the Provider's software, certificate formats and verification service are and remain the property of the Provider.

6.2 All Integration Deliverables, including those designed on the Customer's specifications and paid for by the Customer, are and remain the exclusive property of the Provider. The Customer receives a non-exclusive, non-transferable licence to use them for the Subscription Term only. The Customer may not modify them or have them modified or maintained by third parties, and the Provider is not obliged to deliver their source code.

## Article 7 – Customer Data and data security

7.1 Customer Data belongs to the Customer. The Provider processes it only to provide the API and the services under this Agreement, and shall not use it for any other purpose, including statistics, benchmarking or the training of models.

7.2 Customer Data is hosted in the Shanghai region of the cloud operator named in Annex C, a licensed operator in mainland China, and is not transferred outside mainland China. Certificates are verified by importers through a verification code only, without access to other Customer Data.

7.3 The Provider shall protect Customer Data with encryption in transit and at rest, multi-factor authentication and role-based access for its staff, logging of all administrative access and daily back-ups, in accordance with the Data Security Law and the Personal Information Protection Law of the People's Republic of China and the MLPS level 2 requirements.

7.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours after detecting it, shall take immediate containment measures and shall compensate the Customer for all damage arising from its breach of this Article 7.

7.5 At the end of the Agreement the Provider shall make all Customer Data and Certificates available for export for 60 days and then delete them, confirming deletion in writing.

## Article 8 – Confidentiality

8.1 Each Party shall keep confidential the non-public information received from the other Party, in particular the Customer's importer list, prices, lot volumes and laboratory results, and shall not disclose it without the other Party's prior written consent, except as required by law.

8.2 This obligation continues for five years after the end of the Agreement.

## Article 9 – Subcontracting

9.1 The cloud operator named in Annex C is approved on signature. The Provider shall not entrust any other part of the services to subcontractors or sub-processors without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Article 10 – Liability

10.1 The Provider's total liability under this Agreement shall not exceed 150% of the total contract value stated in Article 3.1, except in the case of wilful misconduct, gross negligence or breach of Article 7, which are not limited.

10.2 The Provider does not guarantee the analytical results of laboratories, which remain the responsibility of the laboratory that issued them; it guarantees the correct transmission, validation and signature of the data it receives.

## Article 11 – Termination

11.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not remedy it within 30 days after a written request.

11.2 If the Customer terminates under Article 11.1, the Provider shall refund the subscription fees paid for the period after termination.

## Article 12 – Force majeure

Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other Party promptly and resumes performance as soon as possible.

## Article 13 – Governing law and disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang. The award is final and binding on the Parties.

## Article 14 – Final provisions

14.1 This Agreement, with its Annexes A (Service description), B (Integration specification) and C (Hosting and cloud operator), is the entire agreement of the Parties and may be amended only in writing.

14.2 Executed in two originals in English, one for each Party.

Venice / Zunyi, ________________

For the Provider: ____________________

For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they stand
    "h209z03_gym_chain_member_class_saas.md": H209Z03,
    "h209z04_county_rural_road_maintenance_platform_om.txt": H209Z04,
    "h209z05_dried_shrimp_mes_supplier_template.md": H209Z05,
    "h209e01_lock_maker_key_cad_licence_scottish_vendor.txt": H209E01,
    "h209e02_water_town_hostel_reservation_saas_order_form.txt": H209E02,
    "h209e05_chili_exporter_sudan_dye_certificate_api.md": H209E05,
}
SOURCES = {"h209z01": H209Z01, "h209z02": H209Z02, "h209e03": H209E03, "h209e04": H209E04}
TARGETS = {"h209z01": ("h209z01_city_library_self_service_rfid_integration.docx", "docx"),
           "h209z02": ("h209z02_float_glass_stress_inspection_system.pdf", "pdf"),
           "h209e03": ("h209e03_cage_farm_wave_current_sensors.docx", "docx"),
           "h209e04": ("h209e04_fintech_managed_it_desktop_support.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in TEXTS.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
