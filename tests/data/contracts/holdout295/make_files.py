"""holdout295 — builds the ten blind ORDINARY draft contracts and their labels from the sources kept in this file.

Run: /work/main/.venv/bin/python -B make_files.py  (from anywhere). It writes the .txt/.md files as they are, builds the
.docx/.pdf through ../word_pdf.py (write(..., wrap_words=True)), asserts every price and payment sum, re-applies the
policy §3/§4 rules to the hand labels and asserts the result equals the plan, writes the .json labels, reads every built
file back (python-docx paragraphs + tables, pypdf) and fails if a threshold value appears in any form.
"""
import json
import re
import sys

sys.dont_write_bytecode = True  # never leave a __pycache__ beside ../word_pdf.py
from pathlib import Path

OUT = Path(__file__).resolve().parent

# key -> (file name, format)
FILES = {
    "h295z01": ("h295z01_ocean_bureau_tide_wave_monitoring_platform.pdf", "pdf"),
    "h295z02": ("h295z02_wire_rope_stranding_line_control_system.docx", "docx"),
    "h295z03": ("h295z03_after_school_care_chain_attendance_billing_saas.txt", "txt"),
    "h295z04": ("h295z04_hrss_labour_arbitration_system_annual_om.txt", "txt"),
    "h295z05": ("h295z05_fish_ball_maker_wms_supplier_template.md", "md"),
    "h295e01": ("h295e01_yunjin_brocade_jacquard_design_licences.pdf", "pdf"),
    "h295e02": ("h295e02_qiandao_lake_cruise_ticketing_saas_order_form.md", "md"),
    "h295e03": ("h295e03_rubber_plantation_tapping_panel_sensors.docx", "docx"),
    "h295e04": ("h295e04_optics_maker_managed_network_monitoring.md", "md"),
    "h295e05": ("h295e05_cross_border_shop_customs_duty_api_subscription.txt", "txt"),
}
SRC = {}

# ---------------------------------------------------------------- h295z01 (zh, pdf, 政府采购 公开招标, compliant)
SRC["h295z01"] = """T:滨澄市海洋局海洋潮位与波浪在线监测平台建设项目采购合同
P:合同编号：BCHY-ZFCG-2025-017　　项目编号：BCCG2025-G-0643（公开招标）
P:采购人（甲方）：滨澄市海洋局　　地址：滨澄市海滨路88号
P:供应商（乙方）：海衡观测技术有限公司　　地址：青岛市崂山区科苑纬三路16号
P:鉴于甲方以公开招标方式采购“海洋潮位与波浪在线监测平台建设项目”，乙方为经评标委员会评审、甲方确认的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，按照招标文件、乙方投标文件和中标通知书，订立本合同。招标文件、投标文件及其澄清文件均为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 采购内容与合同价格
P:1.1 乙方在甲方所辖岸段新建8个岸基潮位站、布放3套波浪浮标，部署监测平台软件，并完成平台定制开发、安装标定与培训，使甲方具备潮位、波浪数据的实时采集、传输、入库、展示和风暴潮预警能力。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|雷达潮位计|8套|68,500|548,000
TB:2|波浪浮标（含锚系）|3套|236,000|708,000
TB:3|岸基数据采集终端|8套|27,500|220,000
TB:4|北斗/4G双模通信单元|11套|9,800|107,800
TB:5|监测平台软件许可（永久）|1套|386,000|386,000
TB:|软硬件小计|||1,969,800
TB:6|安装、基础施工及现场标定|1项|214,600|214,600
TB:7|平台定制开发（潮汐预报模块、预警推送接口）|1项|176,000|176,000
TB:8|培训|1项|19,600|19,600
TB:|合同总价|||2,380,000
P:1.2 合同总价为人民币贰佰叁拾捌万元整（¥2,380,000），为固定价格，已包含设备、软件、运输、保险、安装、标定、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同生效之日起90日内完成全部设备到货和岸基站安装；波浪浮标应在合同生效之日起120日内、选择适宜海况布放完毕。
P:2.2 交付地点为甲方指定的8个岸基站址及3个浮标锚位。设备到货时双方共同开箱清点，签署到货签收单；到货签收及安装完成仅证明数量、型号与外观相符，不视为验收合格。
P:2.3 乙方负责办理浮标布放所需的海上作业报备手续，甲方予以配合。
P:2.4 乙方应在安装完成后为甲方值班人员和技术人员各组织一期培训，内容包括平台操作、数据质量检查、站点日常巡视和常见故障处置，培训结束后提交培训记录。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥476,000。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的50%，即¥1,190,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%，即¥595,000。
P:3.4 剩余5%，即¥119,000，作为质量保证金，在质保期满且无未决质量问题后15个工作日内无息支付。
P:3.5 乙方每次请款前应开具等额增值税发票。甲方付款以财政资金到位为前提，因财政拨付流程产生的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 全部站点安装完毕后进入连续30日试运行。试运行结束后，甲方组织专家按招标文件技术要求和下列标准进行最终验收：（一）潮位观测值与人工水尺比测，误差不超过±1厘米；（二）有效波高、波周期与参考浮标比测，误差在招标文件允许范围内；（三）试运行期间各站数据缺报时段累计不超过6小时；（四）潮汐预报模块对未来72小时潮位的预报误差满足招标文件指标；（五）预警推送接口与市应急指挥平台联调通过；（六）竣工文档、源代码和操作手册齐全。
P:4.2 验收合格的，双方签署最终验收报告；不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。设备投入使用、试运行或甲方付款，均不视为验收合格。
H:第五条 质量保证与质保期后维保
P:5.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供维修、更换、校准、软件升级和浮标年度回收保养服务。
P:5.2 质保期满后，甲方可与乙方另行签订维保合同。年度维保费不超过软硬件小计的8%，即每年不超过¥157,584；质保期满后前两个维保年度按此价格固定，不得上调。维保合同到期不自动续期。
H:第六条 服务水平
P:6.1 监测平台部署于甲方机房，平台月可用率不低于99.95%（经甲方同意的计划维护时间不计入）。
P:6.2 一级故障（平台整体中断，或3个以上站点同时无数据）乙方应在30分钟内响应，8小时内恢复；浮标故障在海况允许后72小时内到达现场处置；二级故障应在2小时内响应。
P:6.3 一级故障响应每迟延一小时，甲方从质量保证金中扣减¥800；平台月可用率每低于承诺值0.01个百分点，扣减¥1,000。扣减不足部分由乙方另行支付。
H:第七条 数据安全
P:7.1 本项目采集、传输和存储的全部潮位、波浪数据及预警信息属于甲方所有，乙方不得将其用于本合同以外的任何目的，不得向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第二级要求配置通信加密、访问控制和日志审计；远程维护须经甲方批准并通过甲方堡垒机进行。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方承担全部责任。
H:第八条 保密
P:乙方对履约中获知的甲方站点坐标、防灾预警预案等非公开信息负有保密义务，未经甲方书面同意不得披露；本条在合同终止后三年内继续有效。
H:第九条 知识产权
P:定制开发的潮汐预报模块、预警推送接口及其源代码、文档的知识产权归甲方所有，甲方可自行修改、使用并许可他人使用。监测平台软件的既有知识产权仍归乙方，乙方授予甲方永久使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成安装的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 设备或软件不符合合同约定的，乙方应负责更换并承担由此产生的全部费用。
H:第十一条 分包
P:乙方不得转包。岸基站土建基础施工可以分包，但须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交滨澄仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨澄市海洋局　　乙方（盖章）：海衡观测技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- h295z02 (zh, docx, 钢丝绳厂 捻股线控制系统 + 维保)
SRC["h295z02"] = """T:捻股生产线电气控制系统改造项目采购合同
P:合同编号：TCSR-SB-2025-0412
P:甲方（采购方）：泰川钢丝绳股份有限公司
P:乙方（供货方）：恒拓工业自动化有限公司
P:甲方为提高捻股工序的张力控制精度和断丝检出能力，决定对二车间4条管式捻股生产线的电气控制系统进行整体改造。经甲方邀请招标，乙方中标。双方经友好协商，就控制系统的供货、安装调试、培训及质保期后的维保服务订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方按本合同附件《技术协议》提供4套捻股线控制系统，包括PLC控制柜、变频驱动、张力检测与断丝检测装置、HMI及工控机、生产监控软件，并负责拆除旧系统、安装、接线、调试和培训。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|4套|186,000|744,000
TB:2|变频驱动系统|4套|152,500|610,000
TB:3|张力检测与断丝检测装置|4套|64,000|256,000
TB:4|HMI及工控机|4套|23,500|94,000
TB:5|生产监控软件许可（永久）|1套|228,000|228,000
TB:|软硬件小计|||1,932,000
TB:6|安装调试（含旧系统拆除）|1项|146,000|146,000
TB:7|操作与维修培训|1项|22,000|22,000
TB:|合同总价|||2,100,000
P:（二）合同总价为人民币贰佰壹拾万元整（¥2,100,000），含增值税、运费、安装调试费及质保期内的服务费。质保期满后的维保费按本合同第六条另行计付。
H:二、交货与安装
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方二车间。为减少停产，改造按线分批进行，每条线停机改造时间不超过5日，全部4条线应在设备到货后45日内改造完毕。
P:（二）设备到货后双方共同开箱检验，签署到货确认单。到货确认仅确认数量和外观，不构成验收。
P:（三）乙方现场人员应遵守甲方安全生产管理制度，动火、登高和带电作业须办理作业票。
P:（四）乙方应在4条线改造期间派驻不少于3名电气工程师常驻现场，并随设备提供为期两个质保年度的易损备件包，备件清单见附件。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即¥210,000，作为预付款。
P:（二）全部设备到货并经甲方确认后，支付合同总价的50%，即¥1,050,000。
P:（三）4条线全部通过终验后，支付合同总价的35%，即¥735,000。
P:（四）合同总价的5%，即¥105,000，作为质保金，质保期满后无息支付。
H:四、验收
P:（一）每条线改造后连续满负荷运行72小时，由甲方设备部、生产部与乙方共同进行终验。终验标准：1.股绳张力波动不超过设定值的±2%；2.断丝检测装置对人工预置的20处断丝全部检出，误报每班不超过1次；3.线速度、节距控制满足《技术协议》指标；4.生产监控软件正确采集产量、停机和报警数据；5.图纸、PLC程序及说明书齐全。
P:（二）终验不合格的，乙方应在10日内整改并重新终验。设备投入生产不视为终验合格。
P:（三）乙方保证所供设备为全新、原厂正品，型号与《设备清单》一致，并随货提供合格证、出厂检验报告和进口部件的报关单据复印件；终验时另行提交电气原理图、接线图和参数设置表的纸质版及电子版。
H:五、质保期
P:（一）质保期为十八个月，自4条线全部终验合格之日起算。质保期内乙方免费维修和更换损坏的部件（人为损坏除外）。
P:（二）服务水平：一级故障（整条生产线停机）乙方应在1小时内电话响应，8小时内到达现场；二级故障应在2小时内响应，次日内到达现场。一级故障到场每迟延一小时，乙方向甲方支付¥1,500。
P:（三）质保期内乙方每半年免费上门巡检一次，校准张力传感器和断丝检测探头，并对PLC程序和监控软件数据库进行备份，巡检记录由甲方设备部签字确认。
H:六、质保期后维保服务
P:（一）质保期满后，由乙方继续提供维保服务，维保期自质保期满次日起共计四十二个月，服务内容包括季度巡检、备件更换、PLC程序维护、软件升级和全天候电话支持。
P:（二）维保费按软硬件小计的26%每年计取，即每年¥502,320，按季度支付；维保期内价格固定，不作调整。维保期满后是否续签由双方另行协商，不自动续期。
P:（三）维保期内的服务水平和扣款标准与本合同第五条第（二）项相同。
P:（四）维保期内乙方每季度提交巡检报告，列明设备状态、更换部件和隐患整改建议；因乙方未按期巡检导致故障的，由乙方承担维修费用。
H:七、数据与网络安全
P:（一）控制系统采集的生产工艺参数、配方、产量与设备运行数据属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须事先经甲方批准，通过甲方提供的VPN和账号进行，每次操作留存日志。乙方应对接入设备进行病毒查杀，不得在控制网络中安装与本项目无关的软件。发生数据泄露、病毒感染或控制系统被非法操控的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方承担。
H:八、保密
P:双方对在履行本合同过程中获知的对方技术秘密和商业秘密负有保密义务，特别是甲方的捻制工艺参数和产品配方；未经对方书面同意，不得向任何第三方披露。保密义务在本合同终止后三年内有效。
H:九、知识产权
P:乙方为本项目编写的PLC程序、HMI画面及其源程序的知识产权归甲方所有，乙方应在终验时全部交付，甲方可自行修改和使用。生产监控软件的著作权仍归乙方，甲方享有永久使用权。
H:十、分包
P:乙方可以将旧系统拆除、电缆敷设等现场辅助工作交由第三方施工单位完成，提前五个工作日书面通知甲方即可，无需取得甲方同意；乙方对施工单位的行为承担责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）因乙方原因导致生产线停机超过约定时间的，乙方应赔偿甲方由此造成的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
H:十二、培训与不可抗力
P:（一）乙方应对甲方电气维修人员和操作工进行不少于3天的集中培训，使其掌握日常操作、参数设置、常见报警处理和备件更换。培训教材归甲方所有。
P:（二）因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明；双方可根据影响程度延期履行或部分免除责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十五、其他
P:本合同附件《技术协议》《设备清单》与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：泰川钢丝绳股份有限公司（盖章）　　乙方：恒拓工业自动化有限公司（盖章）
P:代表签字：________　　代表签字：________　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- h295z03 (zh, txt, 课后托管 30 centres, SaaS + 实施)
SRC["h295z03"] = """托管中心考勤与收费管理系统SaaS服务及实施合同

合同编号：TH-IT-2025-023

甲方：童禾课后托管服务有限公司（住所：南湖市文澜区学府路200号）
乙方：云栈科技有限公司（住所：南湖市高新区云谷大道9号）

鉴于：甲方在南湖市经营30个课后托管中心，需要统一的学生签到签退、家长通知、托管费收取与对账系统；乙方是“栈学通”托管管理SaaS平台的开发和运营方。双方经平等协商，就乙方向甲方提供平台订阅服务及实施服务达成如下协议。

第一条 服务内容
（1）订阅服务：乙方通过其云平台向甲方30个托管中心开通“栈学通”系统，功能包括学生档案、人脸及刷卡签到签退、家长微信通知、托管费与餐费收费、退费、电子发票与对账、中心经营报表。
（2）实施服务：包括历史学员与缴费数据迁移、30个中心收费规则配置、门禁闸机与人脸考勤终端对接、与甲方财务系统的对账接口开发、管理员和中心老师培训。
（3）甲方自备考勤终端和中心网络，乙方负责提供对接规范并远程调试。
（4）服务期内，乙方提供工作日8:00至20:00的在线客服和一名专属客户成功经理；每学期开学前提供一次功能更新说明和线上培训。平台升级不得减少甲方已使用的功能，涉及收费规则或家长端界面的重大变更应提前15日通知甲方。

第二条 服务期限与续期
（1）订阅服务期为三个服务年度，自上线验收通过之日起算。
（2）服务期届满前60日双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其当时的价目表上调订阅单价，上调幅度由乙方确定，并在服务期届满前45日通知甲方。

第三条 费用
（1）订阅费：每个托管中心每个服务年度¥16,200，30个中心合计每个服务年度¥486,000，三个服务年度合计¥1,458,000。
（2）实施费：一次性¥138,000。
（3）本合同总金额为¥1,596,000（订阅费¥1,458,000＋实施费¥138,000），含增值税。服务期内新增托管中心的，按同一单价按月折算。三个服务年度内订阅单价固定不变。
（4）乙方收到每期款项后5个工作日内开通或延续相应中心账号，并以书面形式确认服务期间。

第四条 付款
（1）本合同签订后10个工作日内，甲方一次性支付首个服务年度订阅费¥486,000和全部实施费¥138,000，合计¥624,000。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前15日内支付。
（3）乙方在每次收款前开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成实施，使全部30个中心具备上线条件。
（2）上线验收标准：（a）历史学员档案和近两个学期缴费记录迁移完整，随机抽查300条与原始记录一致；（b）每个中心的收费规则（按月、按次、兄弟姐妹优惠、请假退费）经测试计算正确；（c）人脸签到识别响应不超过2秒，家长通知在签到后1分钟内送达；（d）对账接口与甲方财务系统连续10个工作日对账无差异；（e）培训完成，管理员手册交付。
（3）满足上述标准后，甲方出具上线验收单。中心开始试用或甲方付款，均不视为验收通过。
（4）因乙方原因未能按期完成实施的，每逾期一日，乙方按¥1,200向甲方支付违约金。
（5）乙方应在合同签订后5个工作日内提交实施计划，按照先试点3个中心、后全面推广的顺序实施；试点中心运行满7日且无一级故障后，方可推广至其余中心。

第六条 服务水平
（1）系统月可用率不低于99.5%；计划维护应安排在晚间22:00至次日6:00之间，并提前3日通知甲方。
（2）一级故障（任一中心无法签到签退或无法收费）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，次日内解决。
（3）月可用率每低于承诺值0.1个百分点，乙方减免当月订阅费的2%；一级故障恢复每超时一小时，减免¥500。减免金额从下一期订阅费中抵扣，服务期最后一期则由乙方退还。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长和应减免金额，经甲方确认后执行。

第七条 数据安全与数据归属
（1）甲方录入和系统产生的学生及家长个人信息、考勤与缴费记录等数据均属于甲方，乙方仅为向甲方提供本合同服务而处理这些数据，不得用于其他目的，不得向第三方提供或出售。
（2）乙方应将数据存储于中国境内，采取加密存储、传输加密、权限分级和操作日志等措施，平台应通过网络安全等级保护第三级测评。未成年人个人信息应按《个人信息保护法》及未成年人网络保护相关规定单独加强保护。
（3）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，配合甲方履行告知和报告义务，并承担由此产生的全部损失。
（4）乙方员工访问甲方数据须经甲方管理员授权，访问和操作日志保存不少于六个月，甲方可随时查阅。
（5）合同终止后30日内，乙方应按甲方要求完整导出全部数据，导出完成后删除并出具删除证明。

第八条 甲方义务
（1）甲方应指定项目联系人，按实施计划提供历史学员和缴费数据，并保证数据来源合法。
（2）甲方应确保各中心网络和考勤终端满足乙方提供的对接规范；采集儿童人脸信息前，应取得监护人的单独同意。
（3）甲方应妥善保管管理员账号，因甲方账号管理不善造成的损失由甲方自行承担。

第九条 保密
双方对因本合同获知的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。双方应要求其员工遵守本条约定，员工离职后仍应遵守。

第十条 知识产权
平台软件的知识产权归乙方。乙方为甲方定制的收费规则配置、对账接口程序和定制报表的知识产权归甲方，乙方应交付源代码，甲方可以自行修改或委托他人维护。

第十一条 分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

第十二条 责任限额
乙方在本合同项下的累计赔偿责任以本合同总金额的1.5倍为限，但数据泄露、侵犯知识产权造成的损失不受此限。

第十三条 合同解除
（1）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（2）合同解除或终止后，乙方应协助甲方完成数据迁移，协助期间平台保持只读访问。

第十四条 不可抗力
因自然灾害、公共卫生事件、基础电信网络大面积中断等不可抗力导致不能履行的，受影响方应及时通知对方并在10日内提供证明，可相应延期或部分免责；公有云服务商的一般故障不属于不可抗力。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十六条 其他
本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：童禾课后托管服务有限公司　　乙方（盖章）：云栈科技有限公司
授权代表：　　　　　　　　　　　　　　　　授权代表：
日期：2025年　月　日
"""

# ---------------------------------------------------------------- h295z04 (zh, txt, 人社局 仲裁案件系统 年度运维, 竞争性磋商)
SRC["h295z04"] = """临江市劳动人事争议仲裁案件管理系统运维服务合同
（政府采购·竞争性磋商）

采购项目编号：LJCG-2025-C-0218
合同编号：LJRS-YW-2025-06

采购人（甲方）：临江市人力资源和社会保障局
供应商（乙方）：政衡信息技术有限公司

根据临江市劳动人事争议仲裁案件管理系统运维服务项目竞争性磋商的结果，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》，经双方协商一致，订立本合同。磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

1. 服务范围
1.1 运维对象：临江市劳动人事争议仲裁案件管理系统，包括网上申请、立案、送达、排期、庭审记录、裁决文书、统计分析等子系统，以及相关的数据库、中间件和与省级调解仲裁平台的数据接口。
1.2 服务内容：日常巡检与监控、故障处理、系统小版本升级与缺陷修复、数据库维护与备份恢复演练、安全漏洞修补、配合等级保护测评整改、用户咨询支持，以及派驻2名驻场工程师。
1.3 服务人员：驻场工程师应具有三年以上政务系统运维经验并持有相应的数据库或网络安全认证；乙方更换驻场工程师须提前10日书面征得甲方同意，且接替人员资历不低于原人员。
1.4 重点时段保障：在仲裁院集中开庭期、年度统计报送期和系统升级窗口，乙方应增派工程师现场值守，并提前提交应急预案。
1.5 服务期：自2025年7月1日起至2026年6月30日止。期满后甲方根据预算和考核结果重新组织采购，本合同不自动续期。

2. 服务费用
2.1 本合同总价为人民币陆拾玖万捌仟元整（¥698,000），其中：系统运维服务¥386,000；驻场工程师2人，每人¥118,000，计¥236,000；安全巡检与应急保障¥48,000；数据备份与恢复演练¥28,000。
2.2 上述价格为固定价格，含税及乙方履约所需的全部费用。
2.3 服务期内甲方新增运维对象的，双方按乙方响应文件中的单价另行签订补充协议，不得超出政府采购相关规定允许的追加比例。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度¥174,500。甲方在每季度结束后对乙方进行考核，考核合格后15个工作日内支付当季服务费；考核有扣款的，从当季服务费中扣除。
3.3 乙方申请付款时，应附当季考核结果确认单和合法有效的发票。

4. 服务水平
4.1 故障分级：一级故障指系统整体不可用，或立案、开庭排期业务中断；二级故障指单个子系统或与省级平台的接口中断；三级故障指个别功能异常。
4.2 一级故障乙方应在15分钟内响应，2小时内恢复业务；二级故障1小时内响应，8小时内解决；三级故障3个工作日内解决。
4.3 一级故障每超时一小时扣减服务费¥1,000，二级故障每超时一小时扣减¥300；驻场工程师无故缺勤的，每人每日扣减¥600。
4.4 乙方每月提交运维月报，每季度提交巡检报告和备份恢复演练记录。
4.5 乙方应每日检查数据库及文书附件的备份任务，每月至少抽取一次备份进行恢复验证，恢复验证失败的，应在当日查明原因并重新备份。

5. 考核与验收
5.1 季度考核标准：（1）故障响应和处理时限达标；（2）每月巡检报告按时提交；（3）备份恢复演练成功且恢复数据完整；（4）高危漏洞在发现后7日内修复；（5）用户满意度调查得分不低于90分。
5.2 季度考核由甲方信息中心牵头，仲裁院业务科室参与评分，考核结果书面通知乙方；乙方对结果有异议的，可在5个工作日内申请复核一次。
5.3 服务期满，甲方组织年度验收，审查全年考核记录、运维文档和运维知识库移交情况。未通过验收的，甲方可以暂扣末季度服务费并要求乙方补正，补正合格后支付。

6. 数据安全责任
6.1 系统中的仲裁案件信息、当事人个人信息及裁决文书等全部数据属于甲方，乙方仅可在甲方授权范围内为运维目的访问，不得复制、下载、留存或用于其他目的。
6.2 乙方运维操作应通过甲方堡垒机进行，实行最小权限和双人复核；乙方人员应签署个人信息处理承诺书，离场时交回全部账号和介质。
6.3 乙方不得在甲方网络中接入未经登记的设备，不得将系统数据导出至互联网环境或个人终端；需使用生产数据复现问题的，只能在甲方机房内、经甲方审核后进行，复现结束后立即删除所用副本。
6.4 发生数据泄露、篡改、丢失等安全事件的，乙方应立即处置，并在2小时内向甲方书面报告；因乙方原因造成安全事件的，乙方承担全部责任，包括甲方因此承担的赔偿和行政处罚。

7. 知识产权
乙方在服务期内为甲方编写的补丁、脚本、统计报表和运维文档，知识产权归甲方所有，甲方可以自行使用、修改或交由后续服务商使用。乙方应在每季度考核时将当季形成的上述成果电子版汇总提交甲方。

8. 分包
乙方不得将本合同服务转包或分包给他人。

9. 违约责任
9.1 乙方未按约定期限完成等级保护测评整改项、版本升级或运维知识库移交等工作的，每逾期一日，按合同总价的千分之一支付违约金。
9.2 驻场工程师违反甲方机房管理或安全管理制度的，甲方有权要求乙方立即更换，并按每次¥2,000扣减服务费。
9.3 除第6.4条规定的情形外，乙方在本合同项下的累计赔偿责任以合同总价的50%为限。

10. 甲方义务
10.1 甲方应为驻场工程师提供办公场所、网络接入和必要的系统账号，并指定专人对接运维工作。
10.2 甲方应及时确认乙方提交的升级方案和变更申请；因甲方未及时确认造成的延误，乙方不承担逾期责任。

11. 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算费用。

12. 服务交接
服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商移交系统账号、配置清单、运维文档和知识库，并配合完成不少于5个工作日的交接，交接期间不另收费。交接完成后，双方签署交接确认书，列明移交清单和遗留问题。乙方不得以任何理由拒绝或拖延交接。

13. 廉洁与不可抗力
13.1 乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益，违反的，甲方有权解除合同并依法处理。
13.2 因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

15. 其他
15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
15.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临江市人力资源和社会保障局
代表签字：__________
乙方（盖章）：政衡信息技术有限公司
代表签字：__________
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- h295z05 (zh, md, 鱼丸厂 WMS, supplier's own template, many problems)
SRC["h295z05"] = """# 仓易通WMS软件产品销售及定制开发合同

> 仓易通软件产品合同标准文本 V5.0（乙方范本，编号 CYT-HT-05）

合同编号：CYT-XS-2025-0871

**甲方（买方）**：海福鱼丸食品有限公司（福州市马尾区）
**乙方（卖方）**：仓易通软件有限公司（杭州市滨江区）

甲方为鱼丸、鱼糕等速冻鱼糜制品生产企业，拥有3座冷库和1个常温成品仓，拟引入仓储管理系统（WMS）管理原料鱼糜、辅料、包材和速冻成品的出入库、批次、库位和温度记录。甲方选用乙方的“仓易通WMS”标准产品，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供“仓易通WMS冷链版”标准软件许可1套（含3个冷库、1个常温仓，不限用户数）。
1.2 定制开发内容：冷库温控系统对接、鱼糜原料批次追溯、电子秤称重对接、经销商订单接口、先进先出与效期预警规则。
1.3 部署实施：在甲方服务器上安装部署、基础数据初始化、手持终端调试和操作培训。
1.4 甲方应提供符合乙方要求的服务器、数据库、网络和手持终端，因甲方环境不符合要求导致的延误不计入乙方交付期限。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS冷链版软件许可 | 420,000 |
| 2 | 定制开发（温控对接、批次追溯、称重对接、订单接口、效期规则） | 356,000 |
| 3 | 部署实施及培训 | 84,000 |
| | 合计 | 860,000 |

合同总价人民币捌拾陆万元整（¥860,000），含增值税。需求变更导致的工作量增加，按乙方人天单价另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥559,000。
3.2 系统上线后5个工作日内，甲方支付剩余35%，即¥301,000。
3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后60日内完成标准软件部署和定制开发，并通知甲方上线。
4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
4.3 上线条件：标准软件安装完毕、定制功能开发完成并经乙方内部测试通过，即视为具备上线条件。乙方通知上线后，甲方应在3日内安排切换；甲方未按时切换的，自通知发出之日起视为已上线。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。甲方在上线后使用本系统处理任何业务的，亦视为验收合格。
5.2 甲方对系统功能有异议的，应在上线后5日内书面提出；逾期未提出的，视为无异议。

## 第六条 免费维护期

6.1 乙方自系统上线之日起提供三个月的免费维护，包括缺陷修复和远程技术支持。
6.2 免费维护期内，紧急故障（系统无法办理出入库）乙方在接到甲方报修后二十四小时内响应；一般故障在3个工作日内响应。
6.3 乙方将尽力在合理时间内排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约金。
6.4 下列情形不属于免费维护范围：甲方操作不当、擅自修改数据库、服务器或网络故障、病毒感染、第三方系统接口变更，以及甲方提出的新增需求。乙方处理上述问题的，按人天单价另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同。
7.2 年度维护费按乙方届时公布的价格标准执行，乙方有权根据市场情况调整。
7.3 甲方未签订或中断维护合同的，乙方不再提供任何技术支持和版本升级；甲方之后要求恢复维护服务的，应补缴中断期间的维护费。

## 第八条 软件许可范围

8.1 本合同项下的软件许可为永久、非独占、不可转让的许可，仅限甲方在其福州马尾厂区的3座冷库和1个常温仓使用；甲方新增仓库或将系统用于关联企业的，应另行购买许可。
8.2 甲方不得对软件进行出租、出借、再许可，不得删除软件中的版权标识。
8.3 乙方有权通过技术手段核查许可使用情况，甲方应予以配合。

## 第九条 知识产权

9.1 标准软件及其文档的知识产权归乙方所有。
9.2 乙方为甲方定制开发的功能模块、接口程序及其源代码的知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反编译或交由第三方维护。

## 第十条 数据

10.1 甲方业务数据归甲方所有。
10.2 乙方应采取访问控制、数据库加密和操作日志等措施保护甲方数据安全；远程维护须经甲方同意。因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应的赔偿责任。
10.3 甲方同意，乙方可以将甲方业务数据经脱敏处理后用于产品改进、冷链仓储行业分析和向乙方其他客户提供的基准对比服务，该项权利在本合同终止后继续有效。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露，但法律法规另有规定的除外。保密期限为本合同终止后两年。

## 第十二条 责任限制

12.1 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。
12.2 乙方不承担甲方的间接损失、利润损失和数据恢复费用。
12.3 甲方依据系统数据作出的库存、排产和发货决策，其后果由甲方自行承担；因甲方基础数据错误造成的损失，乙方不承担责任。

## 第十三条 培训

乙方在部署实施期间为甲方提供2天现场培训，培训对象为仓库主管、信息管理员和手持终端操作员，每期不超过20人。超出部分的培训按乙方培训服务价格另行收费。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、第三方软硬件缺陷或甲方原因导致乙方不能按期履行的，乙方不承担违约责任，交付期限相应顺延。

## 第十五条 合同解除

任何一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除的，甲方已支付款项中与已交付软件许可和已完成开发工作量相对应的部分不予退还，未完成部分由双方据实结算。

## 第十六条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效。
17.2 双方往来通知以本合同首页载明的地址和联系人为准，以电子邮件发送的，发出即视为送达。
17.3 本合同条款由乙方提供，甲方确认已仔细阅读并理解全部条款。

甲方（盖章）：海福鱼丸食品有限公司　　　　乙方（盖章）：仓易通软件有限公司

代表签字：__________　　　　　　　　　　代表签字：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------- h295e01 (en, pdf, 云锦 studio, jacquard design licences, Greek vendor)
SRC["h295e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PTS-CN-2025-031, for JacqCAD jacquard design software
P:This Agreement is made between: (1) Nanjing Yunjin Heritage Weaving Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Mochou Road, Jianye District, Nanjing (the "Customer"); and (2) Psathoura Textile Systems S.A., a company incorporated in Greece with its registered seat on the island of Nisída Psathoura, Northern Sporades, Greece (the "Vendor").
H:Background
P:(A) The Customer weaves Nanjing yunjin brocade on traditional draw looms and on electronic jacquard looms, and wishes to move its pattern drafting, colour separation and loom card preparation from hand drawing to software.
P:(B) The Vendor develops and licenses the JacqCAD suite of jacquard design software and has agreed to license it to the Customer, to install it, to develop an export plug-in for the Customer's looms and to train the Customer's designers, on the terms below.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the JacqCAD Designer, JacqCAD Loom Card Converter and JacqCAD Pattern Library modules listed in Article 3, in object code, with their user documentation and all updates supplied under this Agreement.
P:1.2 "Plug-in" means the loom-format export plug-in to be developed by the Vendor for this Agreement, which converts finished designs into the card and file formats used by the Customer's draw-loom card punching machine and its two electronic jacquard heads.
P:1.3 "Delivery" means the installation of the Licensed Software on the Customer's design workstations and the licence server, confirmed by a delivery note signed by both parties.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 6 after the acceptance tests have been passed.
H:Article 2 Grant of Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of seats listed in Article 3 for the Customer's own design and production work, at its studio in Nanjing and at any workshop of the Customer in mainland China.
P:2.2 Seats are floating licences controlled by the licence server. The Customer may move a seat from one workstation to another at any time without charge. The Customer may make backup copies for archival purposes.
P:2.3 The Customer shall not sell, rent or sublicense the Licensed Software, and shall not reverse engineer it except to the extent permitted by applicable law.
H:Article 3 Prices
P:3.1 The prices are fixed and are stated in CNY. They include all taxes, duties and import charges payable in China, travel and accommodation of the Vendor's staff, and delivery of the licence keys.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|JacqCAD Designer, perpetual licence|6 seats|58,000|348,000
TB:2|JacqCAD Loom Card Converter, perpetual licence|2 seats|46,500|93,000
TB:3|JacqCAD Pattern Library module (site licence)|1|72,000|72,000
TB:|Licence Subtotal|||513,000
TB:4|Installation and configuration (on site, Nanjing)|1 lot|38,000|38,000
TB:5|Loom-format export Plug-in (custom development)|1 lot|64,000|64,000
TB:6|Training of designers (six days on site)|1 lot|25,000|25,000
TB:|Contract Price|||640,000
P:3.2 The Contract Price is CNY 640,000. No other charge is payable for the scope described in this Agreement.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoices: (a) 20% of the Contract Price, being CNY 128,000, within fifteen days after signature of this Agreement; (b) 45%, being CNY 288,000, within fifteen days after Delivery; and (c) 35%, being CNY 224,000, within fifteen days after Final Acceptance.
P:4.2 Delivery, the signature of the delivery note and the payment under Article 4.1(b) do not mean that the Licensed Software or the Plug-in has been accepted.
P:4.3 Payments are made by bank transfer in CNY to the account named by the Vendor in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall complete Delivery within forty-five days after signature and shall deliver the Plug-in, ready for acceptance testing, within ninety days after signature.
P:5.2 If the Vendor misses either date for reasons within its control, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Customer may deduct these damages from any payment due.
H:Article 6 Acceptance
P:6.1 Within ten days after the Plug-in is delivered, the parties shall carry out the acceptance tests set out in Schedule 2. The tests shall show at least that: (a) twenty reference patterns supplied by the Customer, including three historic yunjin patterns with more than eight thousand weft picks, are drafted, colour-separated and converted without loss of detail; (b) the card files produced by the Plug-in run on the draw-loom card punching machine and on both electronic jacquard heads without manual correction; (c) a design of the Customer's standard width is converted in under three minutes on a design workstation; and (d) all six Designer seats and both Converter seats can be used at the same time.
P:6.2 If the tests are passed, the Customer shall issue the Final Acceptance certificate within five working days. If any test fails, the Vendor shall correct the defect and the failed tests shall be repeated. Use of the Licensed Software for production work before Final Acceptance is not acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Plug-in will perform substantially in accordance with their documentation for a period of three (3) months after Delivery (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct, free of charge, any reproducible error reported by the Customer. After the Warranty Period, corrections are provided only under the maintenance service in Article 8.
H:Article 8 Maintenance and Support
P:8.1 After the Warranty Period the Customer may order annual maintenance, which includes new versions of the Licensed Software, error correction for the Licensed Software and the Plug-in, and remote support.
P:8.2 The annual maintenance fee is 11% of the Licence Subtotal, being CNY 56,430 per year. The fee is fixed for the first three maintenance years. Maintenance is ordered by a purchase order for each year and does not renew automatically.
P:8.3 Support is given by telephone, e-mail and remote session from 08:30 to 17:30 China Standard Time on Chinese working days. A Severity 1 fault (no design workstation can produce loom files, or the licence server is down) shall be responded to within 2 hours by a support engineer; a Severity 2 fault within one working day.
P:8.4 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer CNY 500 against the next maintenance invoice.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all intellectual property rights in the Licensed Software.
P:9.2 All rights in the Plug-in, including its source code and documentation, vest in the Customer upon payment of the instalment under Article 4.1(c). The Vendor shall deliver the source code with the Plug-in. The Customer may use, modify and license the Plug-in freely, including to its other suppliers.
P:9.3 Designs, patterns and loom files created by the Customer with the Licensed Software belong to the Customer. The Vendor shall not use them for any purpose other than providing support to the Customer under this Agreement.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's designs, patterns, colour recipes and loom settings and the Vendor's source code and pricing, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement. It does not apply to information that is public or that a party must disclose by law.
H:Article 11 Liability
P:11.1 The Vendor shall indemnify the Customer against any claim that the Licensed Software or the Plug-in infringes the intellectual property rights of a third party.
P:11.2 Except for the indemnity in Article 11.1, personal injury and wilful misconduct, the total liability of the Vendor under this Agreement is limited to 120% of the Contract Price.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid for the Plug-in and for the licences that the Customer returns.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and does its best to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Athens, Greece, under the arbitration rules of the Athens Chamber of Commerce and Industry, by one arbitrator, in the English language.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Hardware Requirements) and Schedule 2 (Acceptance Tests), is the entire agreement between the parties about its subject matter. Changes must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party, and takes effect on the date of the last signature.
P:Signed for the Customer: ____________________  Name and title: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date: __________
"""

# ---------------------------------------------------------------- h295e02 (en, md, 千岛湖 cruise ticketing SaaS, Order Form + General Terms)
SRC["h295e02"] = """# Triélen Billetterie — Order Form No. TB-OF-2025-0147

**Vendor:** Triélen Billetterie SAS, a French simplified joint-stock company with its registered office at 4 Quai du Sémaphore, Île de Triélen, Brittany, France ("Triélen" or "Vendor").

**Customer:** Hangzhou Qiandaohu Lanhu Cruise Co., Ltd., a company incorporated in the People's Republic of China, Pier Road 6, Qiandaohu Town, Chun'an County, Hangzhou ("Customer").

This Order Form is governed by the Triélen General Terms set out in Part B below. If this Order Form and the General Terms conflict, this Order Form prevails. At the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

## Part A — Order Form

### A1. Services ordered

Subscription to the Triélen Harbour ticketing platform for lake cruise operators, covering: online and counter ticket sales, real-name passenger registration, seat and deck allocation for 22 vessels, boarding control at 6 piers with QR gate scanners, sales through the Customer's WeChat mini-program and up to three online travel agency (OTA) channels, refunds and rebooking, daily settlement reports, and a manager dashboard. Configuration and Set-up Services as described in A4.

### A2. Subscription Term

Three Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A4. A "Subscription Year" is each annual period starting on the Subscription Start Date or on one of its anniversaries.

### A3. Fees

| Item | Description | Basis | Amount (CNY) |
|---|---|---|---|
| 1 | Harbour platform subscription, 22 vessels, 6 piers, unlimited counter users | per Subscription Year, CNY 268,000 × 3 | 804,000 |
| 2 | Set-up Services: routes, piers, fare tables, OTA channel mapping, gate scanner pairing, data import | one-time | 46,000 |
| | **Total Fees for the Subscription Term** | | **850,000** |

The Fees include VAT and all other taxes payable in China. The per-ticket transaction charges of the payment providers chosen by the Customer are not part of the Fees and are paid by the Customer directly to those providers.

### A4. Set-up and Go-Live Acceptance

1. Triélen shall configure the platform and make it ready for Go-Live Acceptance testing no later than the Target Go-Live Date of 1 March 2026, so that the Customer can open ticket sales for the spring season.
2. Go-Live Acceptance tests, to be run jointly over five consecutive operating days, shall show that: (a) tickets for all routes and all fare types in the Customer's fare table are sold correctly at the counters, in the mini-program and through each connected OTA channel; (b) every boarding at the 6 piers is validated by the gate scanners against the real-name register; (c) the daily settlement report reconciles to the payment providers' statements without difference; and (d) refunds and rebooking follow the Customer's rules.
3. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Selling tickets on the platform during the test days is not Go-Live Acceptance.
4. If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to Triélen, Triélen shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 42,500.

### A5. Invoicing and payment

1. The Subscription Fee for each Subscription Year is invoiced annually in advance on the first day of that Subscription Year and is payable within 30 days of the invoice.
2. The Set-up Fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.
3. Nothing is payable before the Subscription Start Date.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews for further Subscription Years, one at a time, at the same Subscription Fee and on the same terms, unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

### A7. Signatures

For Triélen Billetterie SAS: ____________________ (name, title, date)

For Hangzhou Qiandaohu Lanhu Cruise Co., Ltd.: ____________________ (name, title, date)

## Part B — Triélen General Terms (version 2025-02)

### 1. Definitions

"Platform" means the Triélen Harbour software provided as a hosted service. "Customer Data" means all data entered into the Platform by or for the Customer, including passenger names, identity document numbers, telephone numbers, ticket and boarding records, and all reports generated from them. "Customer Configurations" means the fare tables, route and pier set-ups, channel mappings and report templates created for the Customer.

### 2. Provision of the Services

2.1 Triélen shall provide the Platform and the Services described in the Order Form with reasonable skill and care, by appropriately qualified staff.

2.2 Triélen will use commercially reasonable efforts to keep the Platform available around the clock, except for planned maintenance announced in advance, and to deal with support requests promptly. Support requests may be raised through the support portal or the support hotline, which is staffed in Chinese and English from 07:00 to 21:00 China Standard Time every day of the sailing season.

2.3 Triélen may update the Platform from time to time, provided that an update does not materially reduce the functions used by the Customer.

### 3. Customer responsibilities

3.1 The Customer is responsible for its users, for the accuracy of its fare tables and for obtaining any consent of passengers required by law for real-name registration.

3.2 The Customer shall provide network connections at the piers and shall keep the gate scanners supplied by it in working order.

### 4. Customer Data and data security

4.1 Customer Data belongs to the Customer. Triélen processes Customer Data only on the Customer's instructions and only to provide the Services, and shall not use, sell or disclose it for any other purpose, in identifiable, de-identified or aggregated form.

4.2 Customer Data is hosted in the Alibaba Cloud region in Hangzhou and is not transferred outside mainland China. Triélen shall keep the Platform certified at level 3 of the Multi-Level Protection Scheme, encrypt Customer Data in transit and at rest, use multi-factor authentication for all administrative access, and keep access logs for at least 180 days.

4.3 Triélen shall notify the Customer of any security incident affecting Customer Data within 48 hours of becoming aware of it, shall take all reasonable steps to contain it, and is liable for the losses, fines and costs of passenger notification that the Customer incurs because of an incident caused by Triélen.

4.4 Within 30 days after the end of the Subscription Term, Triélen shall return all Customer Data in a standard format and then delete it, and shall certify the deletion in writing.

### 5. Subcontractors and sub-processors

Triélen may engage subcontractors and sub-processors of its choice to perform any part of the Services, including hosting, customer support and development. Triélen keeps a current list of them on its trust page and informs the Customer of changes by e-mail. Triélen remains responsible for the work of its subcontractors.

### 6. Intellectual property

6.1 Triélen owns the Platform and all improvements to it.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and license them freely, including to a successor provider, and Triélen shall hand them over in an editable format at the end of the Subscription Term.

### 7. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives in connection with the Order Form, including prices, passenger volumes and technical documentation, and shall use it only for the purposes of the Order Form. This obligation lasts for three years after the end of the Subscription Term.

### 8. Liability

8.1 Each party's total liability under the Order Form is limited to twice the Total Fees stated in A3.

8.2 The limit does not apply to a party's liability for personal injury, fraud, wilful misconduct or, in the case of Triélen, breach of section 4.

### 9. Term and termination

9.1 The Order Form runs for the Subscription Term and any renewal under A6.

9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

9.3 If the Customer terminates under 9.2, Triélen shall refund the part of any prepaid Subscription Fee that relates to the period after termination.

### 10. Suspension

Triélen may suspend access to the Platform only if an invoice remains unpaid 30 days after a written reminder, or if suspension is required to stop a security threat, and shall restore access as soon as the cause is removed.

### 11. Force majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control. Failures of Triélen's hosting providers or subcontractors are not force majeure unless they are themselves caused by such an event.

### 12. Governing law and disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Notices must be in writing and sent to the addresses in the Order Form or to another address notified in writing.

13.2 Neither party may assign the Order Form without the other party's prior written consent.

13.3 The Order Form, these General Terms and the Go-Live Acceptance certificate are the entire agreement between the parties about the Services.
"""

# ---------------------------------------------------------------- h295e03 (en, docx, rubber plantation tapping-panel sensors, buyer's paper)
SRC["h295e03"] = """T:Supply and Installation Contract for Tapping-Panel Sensors and Plantation Monitoring System
P:Contract No. HS-PUR-2025-118
P:This Contract is made on the date of the last signature below between:
P:Yunnan Mengla Hongsen Rubber Plantation Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Mengla County, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province (the "Buyer"); and
P:Mönchwerder Sensorik GmbH, a limited liability company incorporated in Germany, with its registered seat on the Insel Mönchwerder, Lower Saxony, Germany (the "Supplier").
H:Recitals
P:The Buyer operates about 2,600 hectares of rubber plantation in Mengla County and wishes to measure latex flow, bark moisture and tapping-panel condition on sample trees in each block, so that tapping schedules can be planned from data. The Buyer invited offers on its own contract terms; the Supplier's offer was selected. The parties agree as follows. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission: 1,200 tapping-panel sensor nodes fixed to sample trees in 16 plantation blocks; 16 LoRa gateways with solar power kits; the plantation monitoring software, licensed perpetually and installed on the Buyer's servers; a latex-flow analytics customisation that turns sensor readings into block-level tapping recommendations; and training for the Buyer's field and IT staff.
P:1.2 The detailed technical specification is Annex 1. The map of blocks and sample trees is Annex 2.
H:Section 2 Contract Price
P:2.1 The Contract Price is fixed and includes delivery to the plantation, customs clearance, import duties, VAT, installation materials, travel and all other costs of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Tapping-panel sensor node (latex flow, bark moisture, temperature)|1,200|620|744,000
TB:2|LoRa gateway|16|8,900|142,400
TB:3|Solar power kit for gateway|16|3,350|53,600
TB:4|Plantation monitoring software, perpetual licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,126,000
TB:5|Installation, tree mapping and commissioning|1 lot|118,000|118,000
TB:6|Latex-flow analytics customisation|1 lot|84,000|84,000
TB:7|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,350,000
P:2.2 The Contract Price is CNY 1,350,000 (one million three hundred and fifty thousand yuan).
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price, CNY 135,000, within 20 days after the Buyer receives an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:3.2 Delivery payment: 55% of the Contract Price, CNY 742,500, within 20 days after all equipment has been installed and the Delivery and Installation Certificate has been signed. This certificate records quantities and installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price, CNY 472,500, within 20 days after the Final Acceptance Certificate has been signed.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese branch or agent named in Annex 4.
H:Section 4 Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's central warehouse in Mengla within 75 days after signature and complete installation within 60 days after delivery. Installation shall be scheduled with the Buyer's block managers so that tapping is not interrupted.
P:4.2 If the Supplier misses a date in 4.1 for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
P:4.3 Title to the equipment passes to the Buyer on signature of the Delivery and Installation Certificate. Risk of loss passes at the same time; until then the Supplier insures the equipment against loss, theft and damage at its own cost.
P:4.4 The Supplier shall follow the Buyer's plantation safety rules, shall not damage the bark or tapping panels of sample trees beyond what Annex 1 allows, and shall compensate the Buyer for any tree made untappable by its installation work.
P:4.5 Training: the Supplier shall train twelve field supervisors and three IT staff of the Buyer, in Chinese, on node maintenance, gateway replacement, the monitoring software and the analytics reports, and shall hand over training materials that the Buyer may copy for internal use.
H:Section 5 Acceptance
P:5.1 After installation the system runs on trial for 30 consecutive days. Final Acceptance requires that: (a) no fewer than 1,170 of the 1,200 sensor nodes report valid readings every day of the trial; (b) latex flow measured by the sensors on 40 sample trees chosen by the Buyer agrees with manual cup measurements within ±5%; (c) each gateway keeps working through three consecutive days without sunshine on its battery; (d) the analytics customisation produces block-level tapping recommendations that the Buyer's agronomists have checked for two tapping rounds; and (e) the as-built documentation, node list with GPS positions and operating manuals have been delivered.
P:5.2 If the criteria are met, the parties sign the Final Acceptance Certificate within five working days. If not, the Supplier shall correct the defects at its own cost within 20 days and the trial is repeated for the affected part. Use of the system by the Buyer during the trial is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants that all equipment and software are new, free from defects and in conformity with Annex 1 for 24 months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty period the Supplier shall repair or replace defective items free of charge, including transport to and from the plantation, and shall keep a stock of 60 spare sensor nodes and two spare gateways at the Buyer's warehouse.
H:Section 7 Service Levels
P:7.1 Faults are classified as follows. Severity 1: a gateway or the monitoring software is down, or data from more than one block is lost. Severity 2: fewer than 30 nodes in a block fail. Severity 3: minor faults and questions.
P:7.2 The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote session and, where needed, have a technician on site within 48 hours. Severity 2 faults shall be responded to within one working day and fixed within five working days.
P:7.3 For each hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order support services covering repair, software updates and remote assistance, at 7% of the Hardware and Licence Subtotal per year, being CNY 78,820 per year. This price is fixed for the first three support years.
P:8.2 Support is ordered by a separate purchase order for each year. There is no automatic renewal.
H:Section 9 Buyer Data and Data Security
P:9.1 All data collected by the system, including sensor readings, tree positions, yield data and recommendations, is Buyer Data and belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The monitoring software and Buyer Data are hosted on the Buyer's servers in its Mengla office. The Supplier may access them remotely only through an account created by the Buyer for each support session, with multi-factor authentication, and shall not copy Buyer Data to any system outside the Buyer's control.
P:9.3 The Supplier shall protect Buyer Data with appropriate technical and organisational measures, shall notify the Buyer within 24 hours of any unauthorised access, loss or disclosure, and is liable for the resulting losses of the Buyer.
H:Section 10 Intellectual Property
P:10.1 The Supplier keeps its rights in the standard monitoring software and the sensor firmware.
P:10.2 The latex-flow analytics customisation, its models, source code and documentation, belong to the Buyer from Final Acceptance. The Buyer may use, modify and license them without restriction.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party obtained under this Contract, including the Buyer's yield and plantation data and the Supplier's technical documents, and shall not disclose it to third parties without prior written consent.
P:11.2 This Section survives for three years after the end of this Contract.
H:Section 12 Liability
P:12.1 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Section 9.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local labour for fixing nodes to trees may be provided by a subcontractor approved by the Buyer in writing.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach that is not remedied within 20 days after notice, or if liquidated damages reach their maximum.
P:14.2 On termination the Supplier shall refund the amounts paid for work not performed or not accepted, and the Buyer may keep the delivered equipment against payment of its value.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be referred to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.
H:Section 16 Miscellaneous
P:16.1 This Contract is written in English and Chinese. Both versions are equally authentic.
P:16.2 Annexes: Annex 1 Technical Specification; Annex 2 Block Map; Annex 3 Training Plan; Annex 4 Invoicing Entity.
P:For the Buyer: ____________________  For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h295e04 (en, md, optics maker managed network monitoring, Scottish provider)
SRC["h295e04"] = """# Managed Network Monitoring Services Agreement

**Agreement reference:** MNO-WH-2025-07

**Between**

1. **Wuhan Guangdian Precision Optics Co., Ltd.**, a company incorporated in the People's Republic of China, of No. 88 Optics Valley Avenue, East Lake High-Tech Development Zone, Wuhan, Hubei Province (the **Customer**); and
2. **Mòineseach Network Operations Ltd**, a company incorporated in Scotland, whose registered office is at The Old Pier House, Eilean Mòineseach, Scotland (the **Provider**).

**Background.** The Customer makes optical lenses, prisms and coated components in two plants in Wuhan. Its production lines, clean rooms and warehouse depend on a network of about 420 switches, routers, firewalls and wireless controllers. The Customer wants an external operations centre to watch this network day and night, to detect and diagnose faults early and to guide the Customer's own engineers in fixing them. The Provider runs such a centre. At the Customer's request, all charges are stated and paid in Chinese Yuan (CNY).

## 1. Definitions

1.1 **Monitored Devices** means the network devices listed in Schedule 1, as updated under clause 3.3.
1.2 **Monitoring Platform** means the Provider's monitoring software, the two collector servers installed in the Customer's data room, and the operations portal through which the Customer sees alarms, tickets and reports.
1.3 **Customer Data** means all data about the Customer's network collected or produced under this Agreement, including device configurations, traffic statistics, logs, alarms, topology maps and reports.
1.4 **Service Start Date** means the date on which the Customer signs the Service Acceptance Certificate under clause 4.
1.5 **Service Term** means 24 months from the Service Start Date.

## 2. Services

2.1 The Provider shall monitor the Monitored Devices at all times, open a ticket for every alarm that needs action, diagnose the cause, notify the Customer's duty engineer and guide the repair until the incident is closed.
2.2 The Provider shall deliver a monthly service report with availability figures, incidents, response times, capacity trends and recommendations, and shall hold a service review with the Customer's IT manager each quarter.
2.3 Changes to Monitored Devices are made by the Customer's engineers. The Provider makes configuration changes only when the Customer's IT manager has approved them in writing for a specific incident.
2.4 The operations centre shall be staffed by engineers who can work in Mandarin Chinese and English. The Provider shall name a service manager for the Customer and a deputy, and shall tell the Customer in advance of any change of either.
2.5 The Customer shall give the Provider read-only monitoring access to the Monitored Devices, keep the collector servers powered and connected, name a duty engineer for every shift, and tell the Provider about planned changes to the network at least two working days in advance.

## 3. Onboarding

3.1 Within 45 days after signature the Provider shall install the collector servers, discover all Monitored Devices, build alarm rules and runbooks with the Customer, and connect the operations portal to the Customer's ticketing system.
3.2 If Service Acceptance is delayed beyond that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to a maximum of CNY 58,700.
3.3 The Customer may add or remove devices. Up to 5% more devices than listed in Schedule 1 are covered without extra charge.
3.4 Within ten days after signature the Provider shall deliver an onboarding plan naming the milestones, the Customer staff needed and the test alarms to be used under clause 4. The plan becomes binding when the Customer approves it in writing. The Provider shall report progress against the plan every week until Service Acceptance and shall tell the Customer at once if a milestone is at risk.

## 4. Service Acceptance

4.1 Service Acceptance requires that: (a) every device in Schedule 1 is discovered and polled; (b) twenty test alarms agreed with the Customer, including a core switch failure and a firewall failover, are detected, ticketed and notified within the times in Schedule 2; (c) the runbooks for the twenty most frequent alarm types are approved by the Customer; and (d) the Provider has operated the service in shadow mode for 14 consecutive days without a missed critical alarm.
4.2 When the criteria are met, the Customer signs the Service Acceptance Certificate. Operation in shadow mode, or payment, is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,174,000.
5.2 The Monthly Service Charge is invoiced monthly in arrears, from the Service Start Date. The Onboarding Charge is invoiced after Service Acceptance. No charge is payable in advance.
5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued by the Provider's appointed billing agent in Wuhan.

## 6. Service Levels and Credits

6.1 The Monitoring Platform shall be available at least 99.95% of each calendar month, excluding planned maintenance agreed with the Customer at least five days in advance.
6.2 Incidents are handled within the response and update times of Schedule 2.
6.3 If availability in a month falls below the level in 6.1, the Provider shall credit 5% of that month's Monthly Service Charge for each started 0.1 percentage point of shortfall, up to half of the charge.
6.4 For each 30 minutes by which the Provider misses a P1 response time, it shall credit CNY 800. Credits are deducted from the next invoice, or paid after the last invoice.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the services to the Customer and shall not use it, in identifiable, anonymised or aggregated form, for any other purpose.
7.2 Customer Data is stored on the collector servers in the Customer's data room in Wuhan and does not leave mainland China. The Provider's operators access the collectors through the Customer's jump server, with multi-factor authentication and recorded sessions.
7.3 The Provider shall keep its operations centre certified to ISO/IEC 27001, shall notify the Customer within 24 hours of any security incident affecting Customer Data, and shall be liable for the Customer's losses caused by such an incident.

## 8. Intellectual Property

8.1 The Provider keeps all rights in its monitoring software and general know-how.
8.2 Alarm rules, runbooks, dashboards and reports made for the Customer belong to the Customer, which may use, modify and pass them to any successor provider.

## 9. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This clause survives for three years after the end of this Agreement.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.
10.2 The limit does not apply to death or personal injury, fraud, wilful misconduct or breach of clause 7.

## 11. Subcontracting

The Provider shall not subcontract any part of the services without the Customer's prior written consent.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension needs a written agreement signed by both parties.
12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that it does not remedy within 20 days after notice, or if availability falls below the level in 6.1 in three months of any rolling six-month period.
12.3 On expiry or termination the Provider shall assist the transfer to a successor for up to 30 days at no extra charge and shall then delete Customer Data from its systems.

## 13. General

13.1 Neither party may assign this Agreement without the prior written consent of the other party.
13.2 Notices must be in writing and sent by courier or e-mail to the addresses in this Agreement. This Agreement, with its Schedules, is the entire agreement between the parties about the services and may be amended only in writing signed by both parties.
13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it gives prompt notice and resumes performance as soon as possible.

## 14. Governing Law and Jurisdiction

14.1 This Agreement and any non-contractual obligation arising from it are governed by the law of Scotland.
14.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising from this Agreement.

## Schedule 1 — Monitored Devices (summary)

Core and distribution switches: 36. Access switches: 302. Routers and SD-WAN edges: 14. Firewalls: 8. Wireless controllers and access points: 60. Total: 420 devices in Plant 1, Plant 2 and the central warehouse.

## Schedule 2 — Incident Priorities

| Priority | Example | Response time | Update interval |
|---|---|---|---|
| P1 | Core switch or firewall down, a production line or clean room without network | 15 minutes | every 30 minutes |
| P2 | A distribution switch down, loss of redundancy | 30 minutes | every 2 hours |
| P3 | Single access switch or wireless access point down | 2 hours | daily |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | CNY 46,500 × 24 months | 1,116,000 |
| Onboarding Charge | one-time | 58,000 |
| **Total Contract Value** | | **1,174,000** |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

# ---------------------------------------------------------------- h295e05 (en, txt, cross-border shop customs-duty API subscription, Croatian vendor)
SRC["h295e05"] = """API SUBSCRIPTION AGREEMENT
DutyCalc Landed-Cost API

Agreement number: SDC-2025-CN-0419

PARTIES

Silba DutyCalc d.o.o., a limited liability company incorporated in Croatia, with its registered seat on the island of Otok Silba, Zadar County, Croatia ("Vendor").

Xiamen Haiyun Cross-border E-commerce Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Xiamen Area of the China (Fujian) Pilot Free Trade Zone ("Customer").

RECITALS

A. The Customer sells tea, ceramics and small household goods from Xiamen to consumers in Europe, the United Kingdom, Australia and South-East Asia through its own online shop and two marketplaces, and must show buyers the import duties and taxes due on each order before checkout.

B. The Vendor operates the DutyCalc Landed-Cost API, which returns tariff classifications, import duties, VAT and GST, and de-minimis checks for cross-border orders.

C. The parties wish to record the terms on which the Customer subscribes to the API. At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

IT IS AGREED AS FOLLOWS

1. DEFINITIONS

1.1 "API" means the DutyCalc Landed-Cost application programming interface, its documentation and the sandbox environment.

1.2 "Call" means one request to the API for one order, whatever the number of items in the order.

1.3 "Customer Data" means all data that the Customer sends to the API, including product descriptions, SKU codes, HS codes, order values, destination addresses and consignee names, and all results returned for them.

1.4 "Mapping Tables" means the tables, built by the Vendor for the Customer under clause 4, that map the Customer's product catalogue to tariff classifications in each destination market.

1.5 "Subscription Term" means 24 months starting on the date of Integration Acceptance under clause 5.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive right to use the API for calculating duties and taxes on the Customer's own orders and displaying them to its buyers.

2.2 The Growth plan includes 1,500,000 Calls per calendar month. Calls above this volume are charged at CNY 0.02 per Call, invoiced monthly in arrears.

2.3 The Vendor shall keep tariff rates, VAT and GST rates and de-minimis thresholds for all destination markets in Schedule A current, and shall apply published changes no later than the day on which they take effect.

2.4 The Customer shall not resell access to the API, shall keep its API keys secret, and shall not send Calls on behalf of other merchants. The Customer may use the results in its own checkout pages, order confirmations, invoices and customs declarations.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 17,800 per month, that is CNY 427,200 for the Subscription Term. The fee includes the Mapping Tables, integration support and VAT.

3.2 The subscription fee is invoiced quarterly in advance, CNY 53,400 per quarter, on the first day of each quarter of the Subscription Term, and is payable within 20 days of the invoice. Overage charges under clause 2.2 are variable and are not part of the subscription fee.

3.3 The fees are fixed for the Subscription Term.

4. ONBOARDING AND MAPPING TABLES

4.1 Within 20 working days after signature, the Vendor shall issue production and sandbox API keys, provide a technical contact for the Customer's developers, and build the Mapping Tables for the Customer's catalogue of about 3,400 SKUs.

4.2 The Customer's developers integrate the API into the shop and marketplace checkouts. The Vendor shall answer their technical questions in English or Chinese.

4.3 During the Subscription Term the Customer may send new or changed SKUs at any time. The Vendor shall add them to the Mapping Tables within three working days, or within one working day for up to 50 urgent SKUs in a month, and shall tell the Customer which classifications it considers uncertain so that the Customer can ask its customs brokers.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance requires that: (a) for 200 sample orders chosen by the Customer across all destination markets in Schedule A, the duties and taxes returned by the API agree with the amounts confirmed by the Customer's customs brokers to within CNY 1 per order; (b) the API answers 95 of every 100 Calls in the sandbox load test within 800 milliseconds at 60 Calls per second; and (c) the Mapping Tables cover every active SKU.

5.2 When these criteria are met, the Customer signs an Integration Acceptance note. Use of the API on live orders before that note is signed is not acceptance.

6. SERVICE LEVELS

6.1 The Vendor aims to keep the production API available 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance.

6.2 Support tickets are classified by severity. Severity 1 means that the production API is unavailable or returns wrong amounts for a whole destination market. The Vendor shall respond to a Severity 1 ticket within 1 hour, at any time, and shall work on it continuously until it is resolved. Severity 2 tickets are answered within one business day.

6.3 The Vendor reports monthly availability and ticket response times to the Customer, publishes the current status of the API on a status page, and informs the Customer's technical contact by e-mail of any incident that affects the production API.

6.4 The service levels in this clause are targets. No service credits, fee reductions, refunds or other compensation are payable if they are not met. The Vendor's obligation in case of a failure is to correct it and, where a calculation was wrong, to re-run the affected Calls free of charge.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall process it only to provide the API to the Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

7.2 The production API used by the Customer runs in the Tencent Cloud region in Guangzhou, and Customer Data is stored there and not transferred outside mainland China. The Vendor encrypts Customer Data in transit and at rest, keeps its information security management certified to ISO/IEC 27001, and deletes consignee names and addresses 90 days after each Call.

7.3 The Vendor shall notify the Customer of any breach of security affecting Customer Data within 48 hours and is liable for the Customer's losses, including fines and the cost of notifying consumers, caused by such a breach.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the API, its tariff database and its software.

8.2 The Mapping Tables belong to the Customer. The Vendor shall deliver them in spreadsheet form each quarter and at the end of the Subscription Term, and the Customer may use, modify and license them freely, including to another duty calculation provider.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it without the other party's prior written consent. This obligation continues for three years after this Agreement ends.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Vendor's total liability under this Agreement is limited to twice the subscription fees for the Subscription Term. This limit does not apply to breach of clause 7 or to wilful misconduct.

11. SUBCONTRACTING

The Vendor shall not subcontract the operation of the API, the Mapping Tables or support without the Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement begins on signature and ends at the end of the Subscription Term. It does not renew automatically. A new subscription requires a new written agreement.

12.2 The Customer commits to the full Subscription Term and may not terminate this Agreement before it ends, for any reason. If the API fails, the Customer's remedies are those set out in clause 6.4.

12.3 The Vendor may suspend the API, after 10 days' written notice, if an invoice remains unpaid 30 days after its due date, and may terminate this Agreement if the invoice remains unpaid 60 days after its due date.

12.4 At the end of this Agreement the Vendor shall return Customer Data held by it in a standard format, delete it within 30 days, and confirm the deletion in writing.

13. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, government action or failures of the public internet, if it informs the other party promptly.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The arbitral award is final and binding.

15. GENERAL

15.1 Neither party may assign this Agreement without the prior written consent of the other party.

15.2 This Agreement, with Schedule A (Destination Markets) and Schedule B (API Documentation), is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.

SCHEDULE A - DESTINATION MARKETS

European Union (all member states), United Kingdom, Norway, Switzerland, Australia, New Zealand, Singapore, Malaysia, Thailand, the Philippines.

SIGNATURES

For Silba DutyCalc d.o.o.: ____________________ Name: ______________ Title: ______________ Date: __________

For Xiamen Haiyun Cross-border E-commerce Co., Ltd.: ____________________ Name: ______________ Title: ______________ Date: __________
"""


# ================================================================ labels (hand-made from policy §3/§4, buyer's view)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value)
LAB = {
    "h295z01": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                             False, "PRC", G], True, True, True, False, 2380000),
    "h295z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 26, False, True,
                             True, "PRC", G], True, True, True, False, 2100000),
    "h295z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 1200 / 1596000 * 100, 150, 624000 / 1596000 * 100,
                          True, None, None, None, True, True, False, "PRC", S], True, True, None, False, 1596000),
    "h295z04": ("services", [None, 0.25, True, "buyer", True, True, False, 0.1, 50, None, True, None, None, None, False,
                             True, False, "PRC", S], True, True, None, False, 698000),
    "h295z05": ("software", [None, 24, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 3, None, False,
                             True, None, "PRC", G], True, True, False, True, 860000),
    "h295e01": ("software", [None, 2, True, "buyer", False, True, True, 0.1, 120, 20, True, True, 3, 11, False, True,
                             False, "Greece", G], True, True, True, False, 640000),
    "h295e02": ("cloud", [None, None, False, "buyer", True, True, True, 600 / 850000 * 100, 200, None, True, None, None,
                          None, False, True, True, "PRC", S], False, True, None, False, 850000),
    "h295e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7, False, True,
                             False, "PRC", G], True, True, True, False, 1350000),
    "h295e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 900 / 1174000 * 100, 150, None, True, None,
                             None, None, False, True, False, "Scotland", S], True, True, None, False, 1174000),
    "h295e05": ("cloud", [99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                          False, False, "PRC", S], True, False, None, False, 427200),
}
FORUM_MAINLAND = {k: k not in ("h295e01", "h295e04") for k in LAB}  # e01 arbitration in Athens, e04 Court of Session
# TCO inputs for goods/licence contracts: (fee base = itemised hardware/licence subtotal, annual post-warranty fee)
TCO_IN = {"h295z01": (1969800, 157584), "h295z02": (1932000, 502320), "h295z05": (420000, None),
          "h295e01": (513000, 56430), "h295e03": (1126000, 78820)}
PLAN = {
    "h295z01": [],
    "h295z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h295z03": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "h295z04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "h295z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h295e01": ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-WARRANTY"],
    "h295e02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h295e03": [],
    "h295e04": ["CR-GOVERNING-LAW"],
    "h295e05": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
}
PLAN_RISK = {"h295z01": "low", "h295z02": "high", "h295z03": "medium", "h295z04": "medium", "h295z05": "high",
             "h295e01": "high", "h295e02": "high", "h295e03": "low", "h295e04": "low", "h295e05": "high"}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def label(key):
    cat, vals, sla, ld_stated, capped, deemed, value = LAB[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": "zh" if key[4] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(apply_rules(key, terms, extra))}


def tco(key, t, x):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    5 - warranty years (pro rata); None when the fee is not stated."""
    base, fee = TCO_IN[key]
    if fee is None or t["post_warranty_fee_pct"] is None:
        return None
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, key
    years = max(0.0, 5 - t["warranty_months"] / 12)
    service = fee * years
    total = x["contract_value"] + service
    return total, service / total * 100


def apply_rules(key, t, x):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(key, t, x)
        if res is not None and res[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or not FORUM_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================ arithmetic (prices, payments, derived figures)
def check_sums():
    # z01
    sub = 8 * 68500 + 3 * 236000 + 8 * 27500 + 11 * 9800 + 386000
    assert (8 * 68500, 3 * 236000, 8 * 27500, 11 * 9800) == (548000, 708000, 220000, 107800)
    assert sub == 1969800 and sub + 214600 + 176000 + 19600 == 2380000
    assert [2380000 * p // 100 for p in (20, 50, 25, 5)] == [476000, 1190000, 595000, 119000]
    assert 476000 + 1190000 + 595000 + 119000 == 2380000 and sub * 8 // 100 == 157584
    # z02
    sub = 4 * 186000 + 4 * 152500 + 4 * 64000 + 4 * 23500 + 228000
    assert (4 * 186000, 4 * 152500, 4 * 64000, 4 * 23500) == (744000, 610000, 256000, 94000)
    assert sub == 1932000 and sub + 146000 + 22000 == 2100000
    assert [2100000 * p // 100 for p in (10, 50, 35, 5)] == [210000, 1050000, 735000, 105000]
    assert 210000 + 1050000 + 735000 + 105000 == 2100000 and sub * 26 // 100 == 502320
    assert 42 / 12 == 5 - 18 / 12  # the 42-month 维保 period fills the horizon after an 18-month warranty
    # z03
    assert 30 * 16200 == 486000 and 3 * 486000 == 1458000 and 1458000 + 138000 == 1596000
    assert 486000 + 138000 == 624000 and 624000 + 2 * 486000 == 1596000
    # z04
    assert 2 * 118000 == 236000 and 386000 + 236000 + 48000 + 28000 == 698000 and 4 * 174500 == 698000
    # z05
    assert 420000 + 356000 + 84000 == 860000 and 860000 * 65 // 100 == 559000 and 559000 + 301000 == 860000
    # e01
    assert 6 * 58000 == 348000 and 2 * 46500 == 93000 and 348000 + 93000 + 72000 == 513000
    assert 513000 + 38000 + 64000 + 25000 == 640000
    assert [640000 * p // 100 for p in (20, 45, 35)] == [128000, 288000, 224000] and 128000 + 288000 + 224000 == 640000
    assert 513000 * 11 / 100 == 56430
    # e02
    assert 3 * 268000 == 804000 and 804000 + 46000 == 850000 and 850000 * 5 // 100 == 42500
    # e03
    assert 1200 * 620 == 744000 and 16 * 8900 == 142400 and 16 * 3350 == 53600
    assert 744000 + 142400 + 53600 + 186000 == 1126000 and 1126000 + 118000 + 84000 + 22000 == 1350000
    assert [1350000 * p / 100 for p in (10, 55, 35)] == [135000, 742500, 472500] and 135000 + 742500 + 472500 == 1350000
    assert 1126000 * 7 / 100 == 78820
    # e04
    assert 24 * 46500 == 1116000 and 1116000 + 58000 == 1174000 and 1174000 * 5 / 100 == 58700
    # e05
    assert 24 * 17800 == 427200 and 3 * 17800 == 53400 and 8 * 53400 == 427200
    # no derived value sits on a threshold
    for key in LAB:
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if key in TCO_IN:
            res = tco(key, t, x)
            if res is not None:
                assert abs(res[1] - 40) > 0.5, key
                print("TCO", key, round(res[0], 2), "share %.2f %%" % res[1])


# figures each label relies on, which must appear in the text as read back (whitespace removed for zh, collapsed for en)
FIGS = {
    "h295z01": ["2,380,000", "99.95%", "30分钟内响应", "千分之一", "20%", "三十六个月", "8%", "157,584", "¥800",
                "滨澄仲裁委员会", "中华人民共和国法律", "书面同意"],
    "h295z02": ["2,100,000", "1小时内电话响应", "万分之八", "150%", "10%", "十八个月", "26%", "502,320", "1,932,000",
                "无需取得甲方同意", "四十二个月"],
    "h295z03": ["1,596,000", "99.5%", "30分钟内响应", "¥1,200", "1.5倍", "624,000", "486,000", "138,000",
                "自动续期", "上调幅度由乙方确定"],
    "h295z04": ["698,000", "15分钟内响应", "千分之一", "50%", "174,500", "本合同不设预付款", "不自动续期"],
    "h295z05": ["860,000", "二十四小时内响应", "万分之二", "20%", "65%", "559,000", "三个月", "420,000",
                "即视为甲方验收合格", "知识产权亦归乙方所有", "脱敏", "届时公布的价格标准"],
    "h295e01": ["CNY 640,000", "within 2 hours", "0.1% of the Contract Price", "120%", "20% of the Contract Price",
                "three (3) months", "11%", "56,430", "CNY 500", "laws of Greece", "Athens"],
    "h295e02": ["850,000", "CNY 600", "twice the Total Fees", "804,000", "46,000", "commercially reasonable efforts",
                "same Subscription Fee", "of its choice"],
    "h295e03": ["1,350,000", "within 1 hour", "0.1% of the Contract Price", "200%", "10% of the Contract Price",
                "24 months", "7%", "78,820", "CNY 600"],
    "h295e04": ["1,174,000", "99.95%", "15 minutes", "CNY 900", "150%", "law of Scotland", "Court of Session"],
    "h295e05": ["427,200", "99.95%", "within 1 hour", "twice the subscription fees", "53,400", "No service credits",
                "may not terminate"],
}


# ================================================================ threshold scan (policy §3 and §4 values, in any form)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = {
    "availability 99.9": [r"99\.90*(?!\d)", r"百分之九十九点九(?![〇零一二三四五六七八九])", r"ninety[\s-]*nine\s+point\s+nine"],
    "P1 response 4 h": [r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|个?小时)", r"(?<![十\d])四\s*个?\s*小时",
                        r"\bfour[\s-]*(?:hours?|hrs?)\b", r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"[二两]百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0?\.5\s*‰",
                      r"five\s+hundredths"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百(?![分])", r"one\s+hundred" + PCT],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![〇零一二三四五六七八九点])", r"thirty" + PCT, r"三成"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![〇零一二三四五六七八九两])十二个?月", r"twelve[\s-]*months?",
                           r"\b(?:one|1)[\s-]*years?\b", r"一年", r"一周年"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![〇零一二三四五六七八九点])", r"forty" + PCT],
    "TCO horizon 5 years": [r"(?<![\d.])5\s*-?\s*(?:years?|年(?!\d))", r"五年", r"five[\s-]*years?",
                            r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"六十个月"],
}
THRESH_RE = {k: [re.compile(p, re.I) for p in v] for k, v in THRESH.items()}
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "a four-hour window", "240 minutes",
            "0.05%", ".05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "百分之一百", "30%", "30 percent",
            "百分之三十", "thirty per cent", "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year",
            "1 year", "一年", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty percent", "5 years",
            "5年", "五年", "five years", "60 months", "六十个月", "百分之九十九点九"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%", "万分之五十",
             "万分之二", "130%", "1.5倍", "115%", "0.15%", "2.40%", "120%", "150%", "2025年", "每年", "24 months",
             "一个服务年度", "45 days", "第十五条", "350%", "3.5 years", "三年", "2 hours", "1,500,000 Calls", "2026年6月30日",
             "42,500", "四十二个月", "24 个月", "18 months", "30 分钟", "30 days", "15 days", "40 sample trees", "12 hours", "412"]


def threshold_hits(text):
    hits = []
    for name, pats in THRESH_RE.items():
        for p in pats:
            for m in p.finditer(text):
                hits.append((name, m.group(0)))
    return hits


def self_test_regexes():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex wrongly hits %s: %s" % (s, threshold_hits(s))


# ================================================================ build and read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def norm(text, zh):
    return re.sub(r"\s+", "", text) if zh else re.sub(r"\s+", " ", text)


def size(text, zh):
    return len(text) if zh else len(text.split())


def main():
    self_test_regexes()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    failures = []
    for key, (name, fmt) in FILES.items():
        zh = key[4] == "z"
        lab = label(key)
        assert lab["expected_rules"] == sorted(PLAN[key]), (key, lab["expected_rules"], PLAN[key])
        assert risk(lab["expected_rules"]) == PLAN_RISK[key], key
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = size(text, zh)
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        print("%s %s %s %d %s  rules=%s risk=%s" % (key, fmt, "chars" if zh else "words", n, "ok" if lo <= n <= hi
                                                    else "OUT OF RANGE", ",".join(lab["expected_rules"]) or "(none)",
                                                    PLAN_RISK[key]))
        if not lo <= n <= hi:
            failures.append("%s length %d" % (key, n))
        flat = norm(text, zh)
        for fig in FIGS[key]:
            if norm(fig, zh) not in flat:
                failures.append("%s figure not found: %s" % (key, fig))
        hits = threshold_hits(text) + threshold_hits(flat)
        if hits:
            failures.append("%s threshold values: %s" % (key, sorted(set(hits))))
    assert not failures, "\n".join(failures)
    print("all checks passed")


if __name__ == "__main__":
    main()
