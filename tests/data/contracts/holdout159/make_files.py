"""holdout159: builds the ten held-out draft contracts of this folder from the sources kept below.

.md and .txt files are written as they are; the .docx and .pdf files are built with ../word_pdf.py (markup: T: title,
H: heading, P: paragraph, TB: table row with cells split by |), the PDFs broken at word boundaries (wrap_words=True).
Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H159Z01 = """
T:滨江市公安局交通管理支队交通违法非现场执法平台建设项目合同
P:合同编号：BJGA-JG-2025-017    政府采购项目编号：BJZC2025-G-0386（公开招标）
P:甲方（采购人）：滨江市公安局交通管理支队    地址：滨江市江北区通衢路88号
P:乙方（中标供应商）：浙江睿途智能交通科技有限公司    地址：杭州市滨江区江晖路1760号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责本市主城区48个路口电子警察、36处违停抓拍点及6段区间测速的前端设备供货、安装与联网，部署交通违法非现场执法平台软件（含违法数据审核、证据管理、设备运维监测模块），并完成与公安交通集成指挥平台、公安交通管理综合应用平台的接口开发和数据对接。
P:1.2 详细技术要求以招标文件第五章《采购需求》及乙方投标文件技术响应表为准。全部前端设备应具有公安部交通安全产品质量监督检测中心出具的有效检测报告，并符合GA/T 496、GA/T 832等相关标准。
P:1.3 乙方应在本项目中使用投标文件中承诺的品牌、型号，不得擅自替换；确需替换的，替换产品的技术指标不得低于原产品，并经甲方书面同意。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰捌拾贰万元整（¥7,820,000.00），为固定总价，包含设备、软件、运输、安装、调试、施工、税费、培训及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|高清电子警察抓拍单元（含补光、检测器）|48套|68,500|3,288,000
TB:2|违停球机抓拍系统|36套|24,800|892,800
TB:3|区间测速设备|6套|96,000|576,000
TB:4|前端机柜、供电及防雷接地|90套|5,600|504,000
TB:5|非现场执法平台软件许可（含审核、证据管理、运维监测模块）|1套|860,000|860,000
TB:6|服务器及存储设备|1批|742,000|742,000
TB:|软硬件小计|||6,862,800
TB:7|集成指挥平台及综合应用平台接口定制开发|1项|318,000|318,000
TB:8|安装调试及施工（含立杆、管道、光缆）|1项|596,400|596,400
TB:9|操作及运维培训|1项|42,800|42,800
TB:|合同总价|||7,820,000
P:2.2 除经甲方书面确认的变更外，甲方不承担合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥1,564,000。
P:3.2 全部设备安装调试完成并通过初步验收后，甲方支付合同总价的45%，即¥3,519,000。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即¥2,737,000。
P:3.4 乙方应于每期付款前开具合规发票。本项目资金为财政资金，按国库集中支付程序办理。乙方应于合同签订前提交合同总价5%的履约保证金（¥391,000），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成全部前端设备安装和平台部署，具备初步验收条件。
P:4.2 施工涉及占道的，乙方应自行办理审批手续、设置安全警示并承担施工安全责任；夜间施工须提前报甲方同意。
P:4.3 乙方派驻项目经理一名，实施期间不得更换；确需更换的，须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收：全部设备安装调试完成后，乙方提交初验申请，甲方在10个工作日内组织初步验收。初验标准为：（1）设备品牌、型号、数量与投标文件一致，检测报告、合格证齐全；（2）闯红灯抓拍捕获率不低于95%，白天号牌识别准确率不低于96%，夜间不低于91%；（3）违法证据图片及视频符合GA/T 832要求；（4）平台与集成指挥平台、综合应用平台对接测试通过，违法数据上传延时不超过60秒。
P:5.2 最终验收：初验合格后进入90日试运行。试运行结束且期间未发生一级故障的，由甲方组织专家及第三方检测机构进行最终验收，验收依据为招标文件、投标文件及本合同约定的技术指标，平台须通过网络安全等级保护第三级测评。
P:5.3 设备到货签收、安装上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用，整改后重新验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级和巡检服务，每季度巡检一次并提交巡检报告。
P:6.2 平台软件月可用率不低于99.95%。因乙方原因低于该指标的，每低0.01个百分点，甲方有权从履约保证金或应付款中扣减¥2,000。
P:6.3 故障分级及响应：一级故障（平台瘫痪或连续5个以上路口设备离线）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障（单个路口设备故障）1小时内响应、次日内修复；三级故障（非关键功能异常）在下一个工作日内处理。
P:6.4 乙方超过上述时限的，每超时1小时，甲方有权扣减¥1,000。
P:6.5 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过¥549,024），且自质保期满起三年内不得上调，双方另行签订维保合同。维保合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、数据对接规则、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:7.2 平台标准软件的著作权仍归原权利人，乙方保证甲方获得永久、不可撤销的使用许可，不限设备数量。
P:7.3 乙方保证所提供设备和软件不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 前端采集的图像、视频、车辆号牌、违法数据及平台产生的全部数据属于甲方，乙方不得以任何形式留存、复制、使用或向第三方提供。
P:8.2 平台部署于公安视频专网，乙方应按《数据安全法》《个人信息保护法》及公安网络安全管理规定落实访问控制、加密传输和日志审计；运维须经甲方审批并通过堡垒机进行，禁止通过互联网远程维护。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方因此遭受的损失和行政处罚。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的警务信息、网络结构、设备点位及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方参与本项目的人员须签署保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，乙方应负责更换并承担费用；由此造成逾期的，按10.1处理。
P:10.3 甲方逾期付款的（因财政资金拨付原因除外），每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同全部或部分转包、分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过60日；（2）最终验收两次不合格；（3）违反第八条或第九条；（4）其他严重违约，且在甲方书面通知后15日内未纠正。合同解除的，乙方应退还已收款项中与未完成部分对应的款项，并赔偿甲方损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。双方因履行本合同发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:甲方（盖章）：滨江市公安局交通管理支队    代表：________    日期：________
P:乙方（盖章）：浙江睿途智能交通科技有限公司    代表：________    日期：________
"""

H159Z02 = """广东华瓷电子元件有限公司
MLCC外观缺陷检测系统采购合同

合同编号：HC-SB-2025-0412
签订地点：广东省潮州市

甲方（买方）：广东华瓷电子元件有限公司
地址：广东省潮州市凤泉湖高新区瓷都大道26号

乙方（卖方）：苏州视准智能装备有限公司
地址：苏州工业园区星湖街328号

鉴于甲方片式多层陶瓷电容器（MLCC）生产线需以自动光学检测替代人工目检，乙方具备相应设备的研发、制造与服务能力，双方经平等协商，就甲方采购MLCC外观缺陷检测系统及质保期满后的维护服务事宜订立本合同。

一、合同标的与价格
（一）乙方向甲方提供MLCC六面外观缺陷检测系统一套，包括检测机台、工控机及推理服务器、缺陷检测算法软件，并负责安装调试、与甲方MES系统对接、缺陷样本标注与模型调优及培训。
（二）价格明细如下：
  1. MLCC六面外观检测机（兼容0201/0402/0603规格）：6台 × ¥386,000 = ¥2,316,000
  2. 工控机及GPU推理服务器：2台 × ¥68,000 = ¥136,000
  3. 缺陷检测算法软件许可（永久许可，覆盖6台机台）：1套 ¥420,000
  设备及软件小计：¥2,872,000
  4. 安装调试及MES系统对接：¥148,000
  5. 缺陷样本标注与模型调优：¥96,000
  6. 操作及维护培训：¥24,000
  合同总价：¥3,140,000（大写：人民币叁佰壹拾肆万元整），含13%增值税、运输、保险及安装调试费用。
（三）合同总价为固定价格，除甲方书面同意的变更外不作调整。

二、付款方式
（一）合同生效后7日内，甲方支付合同总价的10%作为预付款，即¥314,000。
（二）设备全部到货并安装调试完成后，甲方支付合同总价的60%，即¥1,884,000。到货签收和安装调试完成不视为验收合格。
（三）终验合格后，甲方支付合同总价的25%，即¥785,000。
（四）合同总价的5%（¥157,000）作为质保金，质保期满且无未解决的质量问题后15日内支付。
（五）乙方应在每次付款前开具等额增值税专用发票。

三、交货与安装
（一）乙方应于合同生效后75日内将全部设备交付至甲方潮州工厂三号车间，并在交货后20日内完成安装调试。
（二）乙方负责设备的包装、运输、保险及卸货就位，运输途中的风险由乙方承担。
（三）乙方应随货提供装箱单、合格证、使用说明书、电气图纸及备件清单。

四、验收
（一）终验标准：
  1. 检测速度：每台机台对0402规格产品不低于每小时36,000粒；
  2. 漏检率不高于200 ppm，以甲方提供的5,000粒缺陷标准样本进行盲测；
  3. 误判率（过杀率）不高于1.5%；
  4. 与甲方MES系统完成对接，检测结果按批次实时上传，数据完整无缺；
  5. 连续运行168小时无一级故障。
（二）乙方完成安装调试后书面通知甲方，甲方在7日内组织终验；全部指标达标的，双方签署终验报告。到货签收、安装调试或投入生产使用均不视为终验合格。
（三）终验不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。

五、质量保证与售后服务
（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供维修、更换零部件、软件升级和每季度一次的现场巡检；光源、吸嘴等易损件按附件二价格另行供应。
（二）服务响应：一级故障（机台停机或漏检率超标）乙方应在1小时内远程响应，8小时内到达现场；二级故障（单项功能异常但不影响出货检测）2小时内响应，次日内到场处理。
（三）乙方未按上述时限响应或到场的，每超时一小时，甲方可从质保金中扣减¥500。

六、质保期满后的维护服务
（一）质保期满后，乙方按年度提供维护服务，内容包括软件升级、每年两次模型再训练、季度巡检及备件优惠。年度维护费为设备及软件小计的18%，即每年¥516,960，自质保期满起三年内固定不变。
（二）维护服务由双方签订年度维护协议，不自动续期；甲方可选择不续订。

七、知识产权
（一）乙方检测平台及算法框架的知识产权归乙方所有，乙方授予甲方在本合同设备上永久、不可撤销的使用许可。
（二）以甲方缺陷样本训练形成的检测模型、模型参数、MES对接程序及其源代码归甲方所有，甲方有权自行使用、修改或委托第三方维护。

八、数据与安全
（一）产品图像、缺陷样本、检测数据及工艺参数均属于甲方，乙方仅可为履行本合同使用，不得用于训练其他客户的模型，不得向任何第三方提供。
（二）检测系统部署于甲方生产内网。远程维护须经甲方逐次审批并通过甲方VPN进行，全程记录；乙方不得擅自拷贝数据带离现场。
（三）发生数据泄露、丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。

九、培训
（一）乙方应在终验前为甲方提供操作培训和维护培训各一期，操作培训不少于24名班组长及检验员，维护培训不少于6名设备工程师，内容包括机台操作、参数调整、日常点检、易损件更换及常见故障处理。
（二）培训结束后乙方应组织考核，考核合格的学员由乙方出具培训合格证明；培训资料（中文）移交甲方，甲方可在内部复制使用。

十、保密
双方对在履行本合同过程中知悉的对方技术资料、工艺配方、产能及客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后五年。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之三向甲方支付违约金。
（二）因设备质量原因导致甲方产品批量漏检并被客户退货的，乙方应负责整改并赔偿甲方直接损失。
（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失、侵犯知识产权及违反本合同第八条的情形除外。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。

十二、分包
乙方不得将本合同项下的设备制造、算法开发或安装调试分包给第三方；现场电气施工确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。

十三、合同解除
（一）乙方逾期交货超过45日，或终验两次不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
（二）任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除合同。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交潮州仲裁委员会仲裁，仲裁裁决是终局的。

十五、不可抗力
因地震、台风、洪水、疫情防控措施等不可抗力致使一方不能履行合同的，受影响方应在3日内书面通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过60日的，双方可协商解除合同。

十六、其他
（一）双方指定的联系人及联系方式见附件三，通知以书面形式送达联系人即视为送达。
（二）附件一：技术规格书；附件二：易损件及备件价格表；附件三：双方联系人清单。附件与本合同具有同等效力。
（三）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：广东华瓷电子元件有限公司        乙方（盖章）：苏州视准智能装备有限公司
授权代表：____________                          授权代表：____________
日期：____年__月__日                            日期：____年__月__日
"""

H159Z03 = """# 排课与家校沟通平台SaaS服务合同

**合同编号：** KZ-SaaS-2025-0931
**甲方（客户）：** 成都启明星教育咨询有限公司（含附件一所列42个校区）
**地址：** 四川省成都市武侯区人民南路四段19号
**乙方（服务商）：** 杭州课栈网络科技有限公司
**地址：** 浙江省杭州市西湖区文三路478号

甲方为培训机构连锁经营企业，拟使用乙方"课栈"云平台统一管理旗下校区的排课、课消和家校沟通。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

## 服务内容

1. 乙方通过其"课栈"云平台向甲方提供以下SaaS服务：排课管理（按教师、教室、学员三维度自动排课与冲突检测）、课消与课时统计、教师考勤、家长端小程序（课表推送、课堂反馈、作业提交、请假调课、缴费通知）以及校区经营数据看板。
2. 开通范围为附件一所列42个校区，管理端账号不限数量，家长端账号按甲方在读学员数量开通。
3. 实施服务：历史学员、课包余额及课时记录的数据迁移；排课规则和课消规则配置；与甲方财务系统（金蝶云星空）的收费数据接口；校区管理员及教师培训。

## 服务期限与续订

1. 订阅服务期为三年，自上线验收通过之日起算。
2. 服务期满前60日内，任何一方未书面提出不续订的，服务期自动续延一年，并可依此连续续延。
3. 每次续延时，乙方有权根据市场情况调整订阅单价，调整幅度不超过上一期单价的10%，以乙方提前30日发出的书面调价通知为准。

## 费用与支付

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅费 | 42个校区 × ¥9,800/校区/年 × 3年 | 1,234,800 |
| 实施费 | 一次性（数据迁移、配置、接口、培训） | 86,000 |
| 合同总价 | | 1,320,800 |

1. 订阅费按季度后付：每个服务季度结束后15日内，甲方支付当季订阅费¥102,900。本合同不设预付款。
2. 实施费在上线验收通过后15日内一次付清。
3. 每校区每月含短信通知3,000条，超出部分按乙方价目表另行结算，不计入合同总价。
4. 乙方应在每期付款前开具增值税专用发票。

## 实施与上线验收

1. 乙方应在合同签订后45日内完成实施并提交上线验收申请。
2. 上线验收标准：（1）历史学员、课包余额和课时记录迁移后逐校区核对一致，抽查差错为零；（2）排课冲突检测覆盖教师、教室、学员三个维度，用甲方提供的20个典型排课场景测试全部通过；（3）家长端课表推送在排课确认后60秒内送达；（4）与金蝶云星空的收费数据接口连续10个工作日对账无差异；（5）并发800用户时主要页面响应时间不超过2秒。
3. 全部标准达到后，甲方签署上线验收单。账号开通、甲方试用或部分校区先行使用均不视为验收通过。
4. 因乙方原因上线逾期的，每逾期一日，乙方向甲方支付违约金¥800。

## 培训与日常支持

1. 乙方应在上线前为甲方各校区管理员、教务及教师分批提供线上培训，每个校区不少于2名管理员参加集中培训，并提供中文操作手册和视频教程。
2. 服务期内，乙方为甲方指定一名客户成功经理，每季度回访一次，提交平台使用情况报告（包括各校区活跃度、家长端推送到达情况及未解决问题清单）。
3. 乙方提供工作日9:00–21:00及周末9:00–18:00的在线客服和电话支持，培训机构周末排课高峰期间不得降低支持水平。
4. 平台新版本上线前，乙方应提前7日通知甲方主要变更内容；影响排课或课消规则的变更，须经甲方确认后方可对甲方账号生效。

## 甲方义务

1. 甲方应按时提供历史数据、校区清单和排课规则，并指定项目负责人配合实施。
2. 甲方应妥善保管管理员账号口令，并确保其收集学员及家长个人信息已取得必要的同意。

## 服务水平

1. 平台月可用率不低于99.95%。计划维护须提前72小时通知，并安排在当日22:00至次日6:00之间，计划维护时间不计入不可用时间。
2. 故障分级与响应：
   - P1（平台无法登录，或排课、家长端推送等核心功能不可用）：15分钟内响应，2小时内恢复；
   - P2（部分功能异常，有替代办法）：1小时内响应，8小时内解决；
   - P3（咨询及一般问题）：下一个工作日内答复。
3. 服务补偿：月可用率低于99.95%但不低于99.5%的，减免当月订阅费的5%；低于99.5%的，减免当月订阅费的20%。P1故障未按时响应或恢复的，每次另减免当月订阅费的2%。减免在下一期账单中抵扣。

## 数据

1. 甲方数据（包括学员及家长的个人信息、课程、考勤、课消和缴费记录等）的所有权归甲方。
2. 乙方有权对甲方数据进行去标识化处理后，用于产品功能改进、算法模型训练及发布教育培训行业研究报告；该等去标识化数据的权利归乙方所有，本合同终止后乙方仍可继续使用。
3. 数据存储于中华人民共和国境内（阿里云西南节点），平台已通过网络安全等级保护第三级测评。乙方应对数据加密存储和传输，实行最小权限访问和操作日志审计，并对不满十四周岁学员的个人信息采取专门保护措施。
4. 发生数据泄露、篡改或丢失的，乙方应在8小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部责任，包括甲方向学员、家长承担的赔偿和行政处罚。
5. 本合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除，出具删除证明。

## 知识产权

1. 课栈平台及其标准功能的知识产权归乙方所有。
2. 乙方为甲方专门开发的排课规则配置、报表模板及金蝶接口程序归甲方所有，甲方有权自行使用、修改或交由第三方使用。

## 保密

双方对履行本合同知悉的对方商业秘密和非公开信息（包括甲方招生数据、价格体系和校区经营数据）负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

## 违约责任与责任限制

1. 乙方违反本合同数据条款的，应赔偿甲方因此遭受的全部损失。
2. 除故意、重大过失及违反数据条款外，乙方在本合同项下的累计赔偿责任以合同总价的两倍为限。

## 分包

乙方不得将本合同项下服务分包给第三方；云资源由附件二所列阿里云提供，甲方签署本合同即视为同意。更换云服务商或使用其他分包方的，须事先取得甲方书面同意。

## 合同解除

1. 任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
2. 连续两个月月可用率低于99.5%，或一个月内发生三次以上P1故障的，甲方有权解除合同，乙方退还已付未使用期间的费用。

## 不可抗力

因不可抗力或基础电信网络大面积故障导致服务中断的，受影响方应及时通知对方并尽力减少损失；但乙方不得以其云资源服务商的故障为由免除本合同服务水平项下的减免责任。

## 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 其他

附件一：校区清单；附件二：云资源服务商及数据存储说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都启明星教育咨询有限公司　　　乙方（盖章）：杭州课栈网络科技有限公司

日期：2025年__月__日
"""

H159Z04 = """
T:平山县社会救助信息系统年度运维服务合同
P:项目编号：PSZC-2025-CS-021（竞争性磋商）    合同编号：PSMZ-YW-2025-06
P:甲方（采购人）：平山县民政局    地址：平山县冶河路118号
P:乙方（成交供应商）：河北政通信息技术有限公司    地址：石家庄市裕华区槐安东路136号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方经协商一致，订立本合同。
H:第一条 服务范围
P:（一）平山县社会救助信息系统（含低保、特困供养、临时救助、救助资金发放及家庭经济状况核对接口模块）的应用软件维护，包括缺陷修复、政策调整引起的参数和报表修改。
P:（二）驻场运维：乙方派2名运维工程师在甲方驻场，工作日8:30至17:30提供现场支持，节假日安排电话值守。
P:（三）服务器、数据库、中间件及网络安全设备的日常运维、补丁更新和每日数据备份。
P:（四）配合省市社会救助系统对接、数据上报、等级保护测评及上级部门检查。
P:（五）系统性能优化：每半年对数据库进行一次性能分析和优化，对乡镇（街道）经办人员反映的系统响应缓慢问题进行排查，并提出软硬件改进建议。
P:（六）业务支持：为县民政局及各乡镇（街道）经办人员提供电话和现场操作指导，每年组织不少于两次业务系统操作培训。
H:第二条 服务期限
P:服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购运维服务，依法另行组织采购。
H:第三条 服务费用
P:（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，分项如下：驻场运维（2人）¥264,000；应用软件维护与升级¥118,000；数据库及服务器维护¥62,000；安全加固与等保测评配合¥42,000。
P:（二）上述价格包含人员、差旅、工具、税费等全部费用，甲方不再另行支付任何费用。
H:第四条 支付方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付。每个服务季度结束后，经甲方季度考核合格，甲方在15个工作日内支付当季服务费¥121,500；考核扣款从当季服务费中扣除。
P:（三）乙方应在付款前开具合规发票。资金来源为县级财政资金。
H:第五条 服务要求与服务水平
P:（一）故障分级：一级故障指系统整体不可用、救助资金发放中断或数据异常；二级故障指单个业务模块不可用；三级故障指一般功能问题或咨询。
P:（二）响应时限：一级故障乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日内解决；三级故障在2个工作日内解决。
P:（三）乙方每月进行一次系统巡检并于次月5日前提交巡检报告；每日完成数据备份，每季度进行一次恢复演练并提交记录。
P:（四）因救助政策调整需修改参数、报表的，乙方应在甲方书面通知后10个工作日内完成。
P:（五）乙方应建立运维工作台账，如实记录每次故障的发生时间、响应时间、处理过程和恢复时间，每月随巡检报告报甲方备案；甲方有权随时调阅。
P:（六）重要时段保障：每年春节、低保年度复核、临时救助集中发放等重要时段，乙方应提前制定保障方案，安排工程师现场值守。
H:第六条 考核与验收
P:（一）季度考核：甲方每季度依据本合同第五条对乙方进行考核，考核内容包括故障响应及时率、巡检报告和备份记录、政策调整任务完成情况及使用科室满意度，考核结果书面确认。
P:（二）考核扣款：一级故障未按时响应或恢复的，每超时1小时扣减服务费¥500；二级故障超时的，每次扣减¥200；巡检报告或恢复演练记录未按时提交的，每次扣减¥300。
P:（三）年度验收：服务期满前15日内，甲方依据第五条服务要求、四个季度的考核记录及运维文档移交清单组织年度验收，验收合格后支付最后一个季度的服务费。乙方应在验收时移交全部运维记录、配置文档和账号口令清单。
H:第七条 人员要求
P:（一）乙方驻场工程师应具有计算机相关专业大专以上学历、两年以上政务系统运维经验，其中至少一人持有数据库或网络安全相关认证。乙方应在合同签订后5个工作日内将驻场人员名单、资质证明报甲方审核。
P:（二）驻场人员应遵守甲方作息和保密管理制度。甲方认为驻场人员不能胜任的，有权要求乙方在10个工作日内更换。
H:第八条 数据安全
P:（一）系统内的救助对象身份信息、收入及家庭财产核对信息、救助资金发放记录等全部数据属于甲方，乙方仅能为履行本合同使用，不得留存、复制或向任何第三方提供。
P:（二）乙方运维须通过甲方堡垒机进行，不得将数据下载、拷贝至个人设备或互联网环境；乙方人员须经甲方审核并签署数据安全承诺书。
P:（三）乙方应落实《数据安全法》《个人信息保护法》及等级保护第三级的要求。发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第九条 保密
P:乙方对履行本合同知悉的救助对象信息、系统架构、账号口令及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后继续有效。
H:第十条 知识产权
P:乙方在运维期间为甲方编写的补丁程序、脚本、报表及技术文档，知识产权归甲方所有，甲方可自由使用和修改。
H:第十一条 违约责任
P:（一）乙方未按本合同约定时间完成驻场人员到位、巡检报告提交或省市对接任务的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）乙方未经甲方书面同意更换驻场人员的，每人次支付违约金¥2,000。
P:（三）因乙方原因造成救助资金错发、漏发的，乙方应负责协助追回并赔偿甲方损失。
H:第十二条 分包
P:乙方不得将本合同项下的服务转包或分包给任何第三方。
H:第十三条 合同解除
P:（一）乙方严重违约，或一个季度内发生两次以上一级故障超时的，甲方有权书面通知解除本合同。
P:（二）合同解除或服务期满的，甲方按实际服务期间并扣除考核扣款后结算服务费。乙方应在10日内向甲方或甲方指定的新服务商完成运维交接，移交全部运维记录、配置文档、脚本和账号口令，并配合交接期内的故障处理，不得以任何理由拖延或设置障碍。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。双方发生争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 甲方义务
P:（一）甲方应为驻场人员提供办公场所、网络接入和必要的堡垒机账号，并指定信息化工作人员负责日常对接。
P:（二）甲方应及时将救助政策调整、省市系统对接要求书面告知乙方，并按本合同约定支付服务费。
H:第十六条 不可抗力
P:因不可抗力导致本合同不能履行的，受影响方应在3日内书面通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力消除后，乙方应立即恢复服务，并优先保障救助资金发放等关键业务。
H:第十七条 其他
P:本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:甲方（盖章）：平山县民政局    乙方（盖章）：河北政通信息技术有限公司
P:签订日期：2025年6月__日
"""

H159Z05 = """# 仓擎WMS仓储管理系统软件许可及实施合同

> 乙方标准合同文本 CQ-WMS-STD V4.0

**合同编号：** CQ-2025-WMS-0217
**甲方（用户）：** 河南豫香芝麻油有限公司
**地址：** 河南省驻马店市平舆县产业集聚区芝麻路6号
**乙方（供应商）：** 上海仓擎软件有限公司
**地址：** 上海市闵行区紫星路588号

甲方因成品库、原料（芝麻）库及包材库的统一管理需要，采购乙方仓擎WMS仓储管理系统软件许可并委托乙方进行定制开发和实施。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓擎WMS V6标准版软件永久使用许可（含入库、出库、库存、盘点、波次拣货及RF手持端模块，RF用户40个）。

1.2 乙方按甲方需求进行定制开发，包括：芝麻原料批次追溯、灌装线与成品码垛下线自动入库对接、与甲方ERP（用友U8）的接口，以及先进先出及保质期预警规则。

1.3 乙方负责系统安装部署、基础数据初始化、上线支持及用户培训。

1.4 乙方交付物包括：软件安装介质及授权文件、需求规格说明书、系统操作手册、部署文档及培训材料。定制开发部分的源代码不属于交付物。

## 第二条 合同价款

| 项目 | 金额（元） |
|---|---|
| 仓擎WMS V6标准版软件许可（含RF用户40个） | 520,000 |
| 定制开发（批次追溯、灌装线对接、ERP接口、保质期预警） | 360,000 |
| 实施服务（部署、初始化、上线支持、培训） | 110,000 |
| 合计 | 990,000 |

2.1 合同总价为人民币玖拾玖万元整（¥990,000），含税。

2.2 需求规格说明书确认后甲方提出的需求变更，按乙方人天单价¥2,800另行计费。

2.3 合同总价不包括服务器、数据库软件、操作系统、RF手持终端、无线网络及其他第三方软硬件，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥495,000。

3.2 系统上线试运行后，甲方支付合同总价的45%，即¥445,500。

3.3 系统验收合格后，甲方支付合同总价的5%，即¥49,500。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施进度

4.1 乙方在收到首付款且需求规格说明书确认后120日内完成定制开发和部署，具备上线试运行条件。

4.2 因甲方原因（包括基础数据提供延迟、现场条件不具备、需求变更等）造成延期的，工期相应顺延。

4.3 乙方应在项目启动后10个工作日内提交项目实施计划，包括需求调研、开发、部署、数据初始化、试运行等阶段的时间安排，并指派项目经理一名。

## 第五条 验收

5.1 系统上线试运行30日后，乙方提交验收申请。

5.2 验收标准：（1）需求规格说明书所列功能全部实现；（2）试运行期间库存账实差异率不高于千分之二；（3）灌装线下线数据自动入库延时不超过10秒；（4）用友U8接口单据同步连续10日无差异。

5.3 甲方应在收到验收申请后7个工作日内组织验收，验收合格后签署验收报告。

## 第六条 免费维护与售后服务

6.1 自系统上线试运行之日起，乙方提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录或出入库作业无法进行）乙方在8小时内响应；二级故障在2个工作日内响应。乙方将尽合理努力尽快解决故障，但不承诺修复时限，亦不因响应或修复延误承担任何扣款、减免或赔偿责任。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费用按乙方届时公布的服务价格标准执行。

6.4 乙方可通过远程方式提供维护服务，甲方应配合开通远程访问通道。需现场服务的，差旅费用由甲方承担。

6.5 因甲方操作不当、擅自修改系统、硬件故障或第三方软件原因导致的问题，不属于免费维护范围，乙方可按人天单价另行收费。

## 第七条 知识产权

7.1 仓擎WMS软件及其文档的知识产权归乙方所有，甲方仅获得本合同约定范围内的使用许可。

7.2 乙方为甲方定制开发的程序、接口、规则配置及相关源代码和文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

7.3 乙方有权将定制开发成果用于其他客户或纳入标准产品。

## 第八条 数据

8.1 甲方业务数据归甲方所有。乙方应采取合理的技术和管理措施保护甲方数据安全，包括访问权限控制和操作日志记录；发生数据泄露的，乙方应及时通知甲方，因乙方过错造成的，乙方依法承担相应责任。

8.2 甲方同意乙方可对甲方业务数据进行脱敏、汇总后用于乙方产品优化、行业分析及市场推广。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律法规或监管要求披露的除外。保密期限为合同终止后两年。乙方可在其宣传资料及客户名单中使用甲方名称和商标。

## 第十条 分包

乙方有权根据项目需要将部分开发、实施工作交由其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作成果负责。

## 第十一条 违约责任

11.1 因乙方原因未能按第四条约定时间具备上线试运行条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的10%。乙方不承担甲方的间接损失、利润损失或数据损失。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

12.2 合同解除的，甲方应支付乙方已完成工作的费用。

## 第十三条 甲方义务

13.1 甲方应指定项目负责人，及时提供需求资料、基础数据（物料、库位、包装规格、批次规则）和现场条件，并对需求规格说明书在5个工作日内书面确认。

13.2 甲方应提供系统运行所需的服务器、网络、RF手持终端及无线覆盖，并确保其符合乙方提出的配置要求。

13.3 甲方应组织关键用户参加培训。乙方提供一次集中培训，总计不超过5天；超出部分按人天单价另行计费。

## 第十四条 不可抗力

因不可抗力导致本合同不能履行的，受影响方不承担责任，但应及时通知对方。

## 第十五条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同未尽事宜，由双方另行协商并签订书面补充文件。

16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：河南豫香芝麻油有限公司　　　　乙方（盖章）：上海仓擎软件有限公司

日期：____年__月__日
"""

H159E01 = """
T:Software Licence and Services Agreement – Quality Management System
P:Agreement No. LQS-CN-2025-044
P:THIS AGREEMENT is made on the date of the last signature below BETWEEN:
P:(1) LOUGHBEG QUALITY SYSTEMS LIMITED, a private company limited by shares registered in Ireland (company number 612874), whose registered office is at Hare Island, Roaringwater Bay, Co. Cork, P81 XK20, Ireland (the "Vendor"); and
P:(2) ZHEJIANG HENGWEN DRINKWARE CO., LTD. (浙江恒温杯业有限公司), a company established in the People's Republic of China with its registered address at No. 88 Huangcheng Road, Yongkang, Zhejiang Province (the "Customer").
P:BACKGROUND: (A) The Customer manufactures vacuum flasks at two plants in Yongkang and wishes to replace its paper inspection records with an integrated quality-management system. (B) The Vendor has agreed to licence, configure and support its Loughbeg QMS software on the terms of this Agreement. (C) At the Customer's request all prices are stated and payable in Chinese Renminbi (CNY).
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Certificate" means the certificate signed by the Customer under Clause 6.3; "Configuration" means the workflows, forms, inspection plans, sampling rules, reports and dashboards set up for the Customer; "Custom Deliverables" means the Configuration, the Interfaces and all documentation prepared specifically for the Customer; "Interfaces" means the interfaces between the Software and the Customer's Kingdee ERP and its MES; "Licence Subtotal" means the sum of items 1 and 2 of the Price Schedule in Clause 3; "Software" means the Loughbeg QMS modules listed in the Price Schedule in object-code form, with their documentation and updates.
H:Clause 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Yongkang plants and any future plant of the Customer in mainland China, for up to 150 named users and 60 shop-floor tablet devices.
P:2.2 The Vendor shall provide the Services: configuration and workflow design for document control, non-conformance, CAPA, supplier quality, incoming and in-process inspection and statistical process control (SPC); the Interfaces; migration of three years of legacy inspection records; and train-the-trainer courses for 16 key users, as described in Schedule 1.
H:Clause 3 Price
P:3.1 The total price for the licence and the Services is CNY 1,770,000 (the "Contract Price"), inclusive of VAT and of all travel and living costs of the Vendor's personnel, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|Loughbeg QMS perpetual licence – core modules (document control, NCR, CAPA, supplier quality, SPC)|150 named users|980,000
TB:2|Shop-floor inspection app licence|60 devices|186,000
TB:|Licence Subtotal||1,166,000
TB:3|Configuration and workflow design|fixed price|348,000
TB:4|Interfaces to Kingdee ERP and MES|fixed price|164,000
TB:5|Migration of legacy inspection records|fixed price|58,000
TB:6|Train-the-trainer courses (16 key users)|fixed price|34,000
TB:|Contract Price||1,770,000
P:3.2 The Contract Price is fixed. Changes to the scope require a written change order signed by both parties.
H:Clause 4 Payment
P:4.1 The Contract Price shall be paid as follows: (a) 25 per cent (CNY 442,500) within 20 days after signature of this Agreement, against the Vendor's invoice; (b) 50 per cent (CNY 885,000) within 20 days after Go-Live, meaning the first day on which both plants record incoming and in-process inspections in the Software in production; and (c) 25 per cent (CNY 442,500) within 20 days after the Acceptance Certificate is signed.
P:4.2 Payment of the instalment under Clause 4.1(b) does not constitute acceptance of the Software or the Services.
P:4.3 The Vendor shall issue a valid PRC VAT invoice through its authorised local agent for each instalment.
H:Clause 5 Delivery and Timetable
P:5.1 The Vendor shall make the Software available for installation on the Customer's servers within 15 days after signature, and shall achieve Go-Live within 100 days after signature.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of 0.08 per cent of the Contract Price for each day of delay, up to a maximum of 10 per cent of the Contract Price. The parties agree that this is a genuine pre-estimate of loss.
H:Clause 6 Acceptance
P:6.1 Within 30 days after Go-Live the parties shall carry out the acceptance tests in Schedule 2.
P:6.2 The acceptance criteria are: (a) every process in the Statement of Work runs end to end in production at both plants; (b) the SPC module calculates Cp and Cpk for the 24 critical characteristics in the Customer's control plan, matching the Customer's reference calculation; (c) non-conformance records created on the tablets reach Kingdee ERP within 60 seconds; (d) legacy records are reconciled with the source files record by record, with no unexplained difference; and (e) no Severity 1 fault occurs during a final run of 20 working days.
P:6.3 When all criteria are met, the Customer shall sign an Acceptance Certificate within 10 working days. Installation, Go-Live, use in production or payment do not amount to acceptance. If a test fails, the Vendor shall correct the defect at its own cost and the test shall be repeated.
H:Clause 7 Warranty and Support
P:7.1 The Vendor warrants that for 18 months after the date of the Acceptance Certificate (the "Warranty Period") the Software and the Custom Deliverables will perform materially in accordance with their documentation and the Statement of Work, and the Vendor shall correct any defect free of charge.
P:7.2 During the Warranty Period the Vendor shall provide support on the following terms: Severity 1 (the Software is unavailable or inspection records cannot be saved at either plant) – response within 1 hour and workaround within 8 hours; Severity 2 (a module is impaired) – response within 2 business hours and fix within 3 business days; Severity 3 – response on the next business day.
P:7.3 If the Vendor misses the Severity 1 response or workaround time, it shall credit CNY 1,000 for each hour of delay against the next amount payable by the Customer, or pay that sum if nothing further is payable.
P:7.4 After the Warranty Period the Customer may purchase annual support, which comprises the support in Clause 7.2 together with all updates and new versions of the Software. The annual support fee is 17.5 per cent of the Licence Subtotal, that is CNY 204,050 per year, and this fee shall not be increased for the first three years of support. Support renews each year at the same fee unless the Customer gives 60 days' notice that it does not wish to renew.
H:Clause 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code of the Interfaces and the exported Configuration, and the Customer may use, modify and license the Custom Deliverables freely, including through a third-party service provider.
H:Clause 9 Data Protection and Security
P:9.1 All data entered into or generated by the Software, including inspection results, supplier data and employee records (the "Customer Data"), belongs to the Customer. The Vendor shall process Customer Data only on the Customer's documented instructions and only to perform this Agreement.
P:9.2 The Software is installed on the Customer's own servers in Yongkang and Customer Data shall not be transferred outside mainland China. Remote access by the Vendor requires the Customer's approval for each session, is made through the Customer's VPN with multi-factor authentication, and is logged. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 48 hours after becoming aware of any security incident affecting Customer Data, shall cooperate in its investigation and remediation, and shall be responsible for all loss and regulatory penalties suffered by the Customer as a result of an incident caused by the Vendor or its personnel.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all confidential information of the other party, including the Customer's product drawings, process parameters, customer lists and supplier prices, and shall not disclose it to any third party without prior written consent. This obligation survives for five years after termination.
H:Clause 11 Limitation of Liability
P:11.1 Neither party excludes or limits liability for death or personal injury caused by its negligence, for fraud, or for breach of Clause 9 or Clause 10.
P:11.2 Subject to Clause 11.1, the Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed an amount equal to the Licence Subtotal.
P:11.3 Neither party is liable for indirect or consequential loss.
H:Clause 12 Subcontracting
P:12.1 The Vendor shall not subcontract any of the Services without the prior written consent of the Customer and remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within 30 days after written notice.
P:13.2 The Customer may terminate by written notice if Go-Live has not occurred within 60 days after the date in Clause 5.1 for reasons attributable to the Vendor. On such termination the Vendor shall refund all amounts paid, and the Customer shall uninstall the Software.
P:13.3 The licence granted in Clause 2.1 survives any termination other than termination by the Vendor for non-payment.
H:Clause 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute or claim arising out of or in connection with it, including non-contractual disputes, shall be governed by and construed in accordance with the laws of Ireland.
P:14.2 The courts of Ireland sitting in Dublin shall have exclusive jurisdiction to settle any such dispute or claim.
H:Clause 15 General
P:15.1 This Agreement, with Schedule 1 (Statement of Work) and Schedule 2 (Acceptance Test Plan), is the entire agreement between the parties.
P:15.2 This Agreement is signed in English and Chinese; both versions are equally authentic.
P:Signed for and on behalf of Loughbeg Quality Systems Limited: ____________________  Director
P:Signed for and on behalf of Zhejiang Hengwen Drinkware Co., Ltd.: ____________________  Legal Representative
"""

H159E02 = """HAVELSTAY SOFTWARE GMBH
Valentinswerder 3 · 13505 Berlin · Germany
Commercial Register: Local Court (Amtsgericht) Berlin-Charlottenburg, HRB 231507 B

ORDER FORM No. HS-2025-CN-0117
for the Havelstay Property Management Cloud

Customer: Aba Jiuzhai Yunlin Eco-Lodge Management Co., Ltd. (阿坝九寨云林生态酒店管理有限公司), Zhangzha Town, Jiuzhaigou County, Aba Prefecture, Sichuan Province, PRC
Vendor: Havelstay Software GmbH, Valentinswerder 3, 13505 Berlin, Germany, represented by its managing director

This Order Form and the Havelstay General Terms for Cloud Services printed below (together the "Contract") govern the Customer's subscription. The General Terms are part of this Contract as printed here. At the Customer's request all charges are stated and payable in Chinese Renminbi (CNY).

A. Subscribed services
Property management cloud (reservations, front desk, housekeeping, rates and availability, folio and billing, guest profiles, reporting) for six lodges with 214 rooms in total; channel manager add-on with connections to up to eight online travel agencies; Chinese and English user interfaces; mobile housekeeping app.

B. Charges
Subscription fee, six lodges, 214 rooms: CNY 25,800 per month
Channel manager add-on: CNY 3,900 per month
Monthly charges in total: CNY 29,700
Initial Term: 36 months from the Go-Live Date, i.e. CNY 1,069,200 in monthly charges
Onboarding (one-time): configuration, migration of reservations and guest profiles from the existing system, interface to the Customer's Chinese e-invoicing (Fapiao) service provider, training of 40 staff: CNY 74,000
Total Contract Value for the Initial Term: CNY 1,143,200
All amounts include VAT. Charges for additional lodges are agreed in a further order form.

C. Invoicing
Monthly charges are invoiced monthly in arrears, from the Go-Live Date. The onboarding fee is invoiced after the Go-Live Acceptance under § 4. No amount is payable before the Go-Live Date.

D. Dates
Target Go-Live Date: 75 days after signature of this Order Form.

E. Contacts
Customer: Director of Operations. Vendor: Customer Success Manager, Asia-Pacific.


HAVELSTAY GENERAL TERMS FOR CLOUD SERVICES (version 2025-03)

§ 1 Subject matter
(1) The Vendor provides the cloud services specified in the Order Form ("Services") as software as a service over the internet. The Customer receives the right, limited to the term of the Contract, to use the Services for its own hotel operations through the number of lodges and rooms stated in the Order Form.
(2) The Vendor also provides the onboarding services stated in the Order Form.
(3) The Services are hosted on servers of Alibaba Cloud in the Chengdu region of mainland China.

§ 2 Term and renewal
(1) The Contract begins on signature. The Initial Term of the subscription begins on the Go-Live Date and runs for the period stated in the Order Form.
(2) After the Initial Term the Contract is extended automatically by further periods of one year each, unless either party gives notice of termination at least three months before the end of the current term.
(3) The Vendor may adjust the monthly charges with effect from the start of each renewal period by notice in text form given at least two months in advance. Any adjustment shall not exceed six per cent of the charges applicable in the preceding period. The Customer is bound by the adjusted charges unless it terminates under paragraph (2).

§ 3 Onboarding and delay
(1) The Vendor shall complete the onboarding services so that the Services can go live by the Target Go-Live Date.
(2) If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons for which the Vendor is responsible, the Vendor shall pay a contractual penalty of CNY 900 for each calendar day of delay, up to a total of CNY 60,000. The Customer's further claims remain unaffected; the penalty is credited against them.

§ 4 Go-Live Acceptance
(1) Before the Go-Live Date the parties carry out the acceptance tests described in Annex 2. They include: (a) reservations and guest profiles migrated from the existing system are reconciled for each lodge, with no open difference; (b) a booking made on each connected online travel agency appears in the Services within 60 seconds and availability updates reach the agency within 60 seconds; (c) folios close correctly and the e-invoicing interface issues a valid electronic Fapiao for test stays at each lodge; (d) the housekeeping app updates room status in real time at each lodge, including the two lodges served only by satellite internet.
(2) Where all tests are passed the Customer confirms Go-Live Acceptance in text form within five working days. The Go-Live Date is the date of that confirmation. Merely logging in, test use or the operation of individual lodges before confirmation does not constitute acceptance.

§ 5 Service levels
(1) The Vendor shall make the Services available at an availability of at least 99.95 per cent per calendar month, measured at the exit of the data centre. Scheduled maintenance of up to six hours per month, announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time, is excluded.
(2) Incidents are classified and handled as follows: Priority 1 (the Services cannot be accessed, or check-in, check-out or billing is impossible at one or more lodges): response within 30 minutes and restoration or workaround within three hours, around the clock; Priority 2 (substantial impairment of a function): response within two hours and resolution within one business day; Priority 3 (other faults and questions): response within one business day.
(3) If the monthly availability falls below 99.95 per cent, the Customer receives a service credit of 5 per cent of the monthly charges; below 99.5 per cent, 10 per cent; below 99.0 per cent, 25 per cent. If a Priority 1 response or restoration time is missed, the Customer receives a further credit of 3 per cent of the monthly charges for each incident. Credits are deducted from the next invoice.

§ 6 Customer data and data protection
(1) All data entered into the Services by the Customer or its guests, including reservations, guest profiles, identity-document data required for police registration, folios and reports ("Customer Data"), belongs to the Customer. The Vendor processes Customer Data exclusively on behalf of the Customer and for the performance of this Contract, and does not use it for any other purpose.
(2) Customer Data is stored and processed only in mainland China. The Vendor maintains an information-security management system certified to ISO/IEC 27001, and the Services hold a Multi-Level Protection Scheme level 3 filing. Data is encrypted in transit and at rest; administrative access requires multi-factor authentication and is logged.
(3) The Vendor notifies the Customer of any personal-data breach or other security incident affecting Customer Data without undue delay and in any case within 24 hours, supports the Customer in meeting its obligations under the PRC Personal Information Protection Law, and is liable for the damage caused by a breach for which it is responsible.
(4) At the end of the Contract the Vendor provides the Customer Data for export in a common format for 30 days and then deletes it, and confirms the deletion in text form.

§ 7 Subcontractors and sub-processors
(1) The Vendor may engage subcontractors and sub-processors, including affiliated companies, to provide the Services. The current list is available in the Vendor's customer portal.
(2) The Vendor will inform the Customer in text form at least 30 days before engaging a new subcontractor or sub-processor. The Vendor remains responsible for its subcontractors as for its own conduct.

§ 8 Rights of use and intellectual property
(1) All rights in the Services and the underlying software remain with the Vendor.
(2) Rate plans, report templates, housekeeping checklists and other configurations created specifically for the Customer during onboarding, and the interface specification for the e-invoicing service provider, belong to the Customer; the Customer may use, modify and pass them on to third parties without restriction.

§ 9 Confidentiality
(1) The parties shall keep secret all confidential information of the other party received in connection with this Contract, in particular prices, occupancy figures and business plans, and use it only for the purposes of this Contract. This obligation continues for three years after the end of the Contract.

§ 10 Liability
(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and for breaches of § 6.
(2) In other cases of slight negligence the Vendor is liable only for the breach of essential contractual obligations and limited to the damage typical and foreseeable at the time of conclusion of the Contract, and in any case to no more than 150 per cent of the Total Contract Value stated in the Order Form.

§ 11 Termination for cause
(1) The right of either party to terminate for cause without notice remains unaffected. Cause exists for the Customer in particular if the Vendor commits a material breach of the Contract and does not remedy it within 14 days after a written warning, or if the monthly availability falls below 99.0 per cent in two consecutive months.
(2) On termination for cause by the Customer, charges paid for periods after termination are refunded.

§ 12 Applicable law and place of jurisdiction
(1) This Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with this Contract is Berlin, Germany.

§ 13 Final provisions
(1) Amendments and supplements to this Contract must be made in text form.
(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected.

Berlin, ____________                       Jiuzhaigou, ____________
Havelstay Software GmbH                     Aba Jiuzhai Yunlin Eco-Lodge Management Co., Ltd.
______________________                      ______________________
Managing Director                           Legal Representative
"""

H159E03 = """
T:Contract for Tank Water-Quality Monitoring Equipment and Maintenance
P:Contract No. DSHY-2025-EQ-008
P:Between: FUJIAN DONGSHAN HAIYU ABALONE SEED CO., LTD. (福建东山海裕鲍鱼种苗有限公司), a company incorporated in the People's Republic of China, with its registered office at Aojiao Village, Chencheng Town, Dongshan County, Zhangzhou, Fujian Province, hereinafter "the Buyer",
P:And: BOËDIC AQUATIC INSTRUMENTATION SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 420,000, registered with the Trade and Companies Register of Vannes under number 884 512 307, whose registered office is at Île de Boëdic, 56860 Séné, France, represented by its Président, hereinafter "the Integrator",
P:Hereinafter together "the Parties".
P:Preamble. The Buyer operates an abalone hatchery and nursery in Dongshan with 320 rearing tanks in four halls. Following its consultation of March 2025, the Buyer has selected the Integrator to supply, install, integrate and maintain a continuous water-quality monitoring system. This Contract is drawn up on the Buyer's standard form, as completed and agreed by the Parties. At the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Art. 1 (Purpose)
P:1.1 The Integrator shall supply, install, calibrate and commission the monitoring system described in the Technical Specification (Appendix 1), comprising: multi-parameter sensor sets measuring dissolved oxygen, temperature, pH and salinity for each of the 320 tanks; ammonia and nitrite analysers for the 16 water-treatment loops; wireless gateways and edge controllers; and the monitoring and alarm software with its perpetual licence.
P:1.2 The Integrator shall also integrate the system with the Buyer's oxygen-supply and aeration control panels, so that low-oxygen alarms can start the standby oxygen supply automatically, and shall train the Buyer's staff.
H:Art. 2 (Contractual documents)
P:The Contract consists of, in order of precedence: this Contract; Appendix 1 (Technical Specification); Appendix 2 (Acceptance Test Procedure); Appendix 3 (Price Schedule). In case of contradiction, the document ranking higher prevails.
H:Art. 3 (Price)
P:3.1 The total price is CNY 2,430,000 (two million four hundred and thirty thousand Renminbi), all taxes included, firm and not subject to revision, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor set (DO, temperature, pH, salinity), titanium housing|320|3,650|1,168,000
TB:2|Ammonia / nitrite analyser|16|28,500|456,000
TB:3|Wireless gateway and edge controller|24|9,800|235,200
TB:4|Monitoring and alarm software, perpetual licence|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||2,145,200
TB:5|Installation, calibration and commissioning|1|168,400|168,400
TB:6|Integration with oxygen-supply and aeration control|1|96,400|96,400
TB:7|Training of operators and technicians|1|20,000|20,000
TB:|Total price|||2,430,000
P:3.2 The price includes packing, sea and land transport to the hatchery, insurance, import formalities and duties, which are the responsibility of the Integrator.
H:Art. 4 (Payment terms)
P:4.1 The price is paid by bank transfer as follows: 10 % (CNY 243,000) as an advance within 15 days after signature, against an advance-payment bank guarantee of the same amount; 55 % (CNY 1,336,500) after delivery and installation of all equipment, on presentation of the installation report countersigned by the Buyer, which does not constitute acceptance; 35 % (CNY 850,500) within 20 days after the signature of the Final Acceptance Certificate.
P:4.2 Each payment is made against a valid invoice. Late payment by the Buyer bears interest at the loan prime rate published by the National Interbank Funding Center.
H:Art. 5 (Delivery and installation)
P:5.1 The Integrator shall deliver all equipment to the hatchery within 70 days after signature and complete installation within 25 days after delivery. Installation shall be carried out hall by hall so that no more than one hall is affected at a time and the animals are never left without monitoring by the Buyer's existing handheld meters.
P:5.2 Sensors in contact with seawater shall be of titanium or a material approved in Appendix 1 and shall be certified free of copper and other substances harmful to abalone larvae.
H:Art. 6 (Acceptance)
P:6.1 After installation, the Parties carry out the acceptance tests set out in Appendix 2. The acceptance criteria are: (a) each dissolved-oxygen sensor reads within ±0.2 mg/L of a calibrated reference meter, and each pH sensor within ±0.1 pH; (b) a simulated low-oxygen event in any tank raises an alarm on the control-room screen and on the duty staff's mobile phones within 60 seconds and starts the standby oxygen supply; (c) data from all 320 tanks are recorded at one-minute intervals with no gap longer than five minutes; (d) the system runs for 14 consecutive days without a critical fault.
P:6.2 When all criteria are met, the Buyer signs the Final Acceptance Certificate within seven days. Delivery, installation, the installation report or use of the system by the Buyer do not amount to acceptance. If the tests fail, the Integrator shall remedy the defects at its own cost within 15 days and the tests are repeated.
H:Art. 7 (Warranty)
P:7.1 The Integrator warrants the equipment and software against defects of design, materials and workmanship for nine (9) months from the date of the Final Acceptance Certificate. During this period the Integrator repairs or replaces defective items free of charge, including parts, labour and transport.
P:7.2 Consumables (electrolyte, membranes and calibration solutions) are not covered and are supplied at the prices in Appendix 3.
H:Art. 8 (Maintenance and service levels)
P:8.1 During the warranty period and any maintenance period, faults are handled as follows: critical fault (loss of monitoring or alarms for one hall or more, or failure of the automatic oxygen start): response by the Integrator's support desk within six (6) hours of the Buyer's call, and on-site intervention by the Integrator's local technician in Zhangzhou within 24 hours; major fault (loss of monitoring for individual tanks): response within one business day and repair within three business days; minor fault: handled at the next scheduled visit.
P:8.2 If the Integrator misses a response or intervention time, it pays the Buyer CNY 800 for each hour of delay, deducted from the next payment or the maintenance fee.
P:8.3 After the warranty period the Buyer may order annual maintenance, comprising two preventive visits per year with recalibration, software updates and the service levels of Art. 8.1. The annual maintenance fee is 9 % of the Equipment and Licence Subtotal, that is CNY 193,068 per year, fixed for three years. Maintenance is ordered year by year by purchase order and does not renew automatically.
H:Art. 9 (Intellectual property)
P:9.1 The monitoring software remains the property of the Integrator or its licensors; the Buyer receives a perpetual, non-exclusive licence to use it for its hatchery operations.
P:9.2 The integration logic, alarm rules, configuration files and documentation prepared specifically for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Art. 10 (Data)
P:10.1 All water-quality data, alarm records, breeding-batch records and other data generated by the system belong to the Buyer and may be used by the Integrator only to perform this Contract.
P:10.2 The system server is installed in the Buyer's control room. Remote access by the Integrator requires the Buyer's approval for each session and is logged; the Integrator shall not copy data outside the Buyer's network and shall apply the security measures in Appendix 1. The Integrator shall notify any security incident within 24 hours and is liable for the loss caused by an incident attributable to it.
H:Art. 11 (Confidentiality)
P:The Integrator shall keep confidential all information about the Buyer's broodstock, larval rearing methods, survival rates and production volumes, and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for five years after it ends.
H:Art. 12 (Penalties for delay)
P:12.1 If the Integrator fails to complete installation by the date in Art. 5.1 for reasons attributable to it, it pays penalties of 0.02 % of the total price for each calendar day of delay, without prior formal notice, up to 8 % of the total price.
P:12.2 Penalties are not exclusive of damages for the Buyer's proven loss, including loss of larvae caused by a failure of the system.
H:Art. 13 (Subcontracting)
P:The Integrator may not subcontract any part of the Contract without the Buyer's prior written consent. It remains fully responsible for approved subcontractors.
H:Art. 14 (Termination)
P:14.1 If the Integrator fails to perform a material obligation and does not remedy the failure within 20 days after a formal notice by registered letter or email, the Buyer may terminate the Contract by right, without prejudice to damages.
P:14.2 On termination, the Integrator refunds the amounts paid for equipment that has not been accepted and removes it at its own cost.
H:Art. 15 (Governing law and disputes)
P:15.1 This Contract is governed by the law of the People's Republic of China.
P:15.2 Any dispute is submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules in force. The award is final and binding on the Parties.
H:Art. 16 (Language and entry into force)
P:The Contract is made in English and Chinese, both versions being equally authentic, and enters into force on signature by both Parties.
P:Made in two originals. For the Buyer: ____________________   For the Integrator: ____________________
"""

H159E04 = """MANAGED IT SERVICES AGREEMENT

Reference: FMS/WX/2025/031

THIS AGREEMENT is entered into between:

FINGAL MANAGED SERVICES LIMITED, a company incorporated in Scotland (Company Number SC712406), having its registered office at The Boathouse, Staffa, Isle of Mull, Argyll, PA73 6LS, Scotland ("the Provider"); and

WUXI TAIHU LAKESIDE ARCHITECTURAL DESIGN CO., LTD. (无锡太湖湖畔建筑设计有限公司), a company incorporated in the People's Republic of China, having its registered address at 15 Jinxi Road, Binhu District, Wuxi, Jiangsu Province ("the Customer").

WHEREAS the Customer, an architecture and urban-design practice with about 140 staff, wishes to outsource the operation of its IT environment, and the Provider has agreed to provide managed IT and desktop support services through its wholly owned subsidiary in Wuxi, all on the following terms; and at the Customer's request all charges are stated and payable in Chinese Renminbi (CNY).

NOW THEREFORE the parties agree as follows:

1. DEFINITIONS

1.1 "Charges" means the charges in clause 4. "Customer Data" means all drawings, models, documents, e-mails and other data of the Customer or its clients held on or processed through the Customer's IT environment. "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 3. "Services" means the services in clause 2 and Schedule 1. "Term" means the period in clause 5.1.

1.2 In this Agreement, words in the singular include the plural and vice versa, and a reference to a clause or Schedule is to a clause of or Schedule to this Agreement.

2. SERVICES

2.1 The Provider shall provide the following Services from the Service Commencement Date: (a) a service desk by telephone, e-mail and ticket portal in Chinese and English, 08:00 to 20:00 China time on working days, with an on-call engineer at all other times for Priority 1 incidents; (b) desktop support for 140 seats, including CAD and BIM workstations, laptops, printers and plotters, with one engineer on site in the Customer's Wuxi office on every working day; (c) management and monitoring of the Customer's on-premises servers, the 160 TB file storage used for project archives, the network, firewalls and Wi-Fi; (d) daily backup of servers and project archives to a second site in Wuxi, with a quarterly restore test; (e) patch management and endpoint protection; and (f) a monthly service report and a quarterly service review.

2.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice and the service levels in clause 6.

3. TRANSITION AND ACCEPTANCE

3.1 Within 45 days after signature the Provider shall complete the transition: an inventory of all devices and software licences, documentation of the network and servers, set-up of monitoring and backup, and knowledge transfer from the Customer's current IT staff.

3.2 The transition shall be accepted when the following criteria are met and demonstrated to the Customer: (a) every device on the inventory is enrolled in monitoring and endpoint protection; (b) a full backup of the servers and project archives has completed and a test restore of a sample of 50 project folders, chosen by the Customer, has succeeded; (c) the network and server documentation has been delivered and approved by the Customer; and (d) the service desk has handled tickets for ten working days in parallel with the Customer's staff, with all service levels met.

3.3 When those criteria are met, the Customer shall sign a Transition Acceptance Certificate within five working days. The start of service desk operations or the Customer's use of any part of the Services does not amount to acceptance.

3.4 If the transition is not accepted within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,200 for each day of delay until acceptance.

4. CHARGES AND PAYMENT

4.1 The Charges are:
(a) Transition fee (one-time): CNY 58,000;
(b) Monthly service charge: desktop support for 140 seats at CNY 380 per seat (CNY 53,200), server and network management (CNY 9,600) and backup service (CNY 4,200), in total CNY 67,000 per month;
(c) Total over the Term: 24 x CNY 67,000 = CNY 1,608,000, plus the transition fee, giving a Total Contract Value of CNY 1,666,000.

4.2 The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The transition fee is invoiced after the Transition Acceptance Certificate is signed. No payment is due in advance. Seats added or removed during the Term are charged at CNY 380 per seat per month from the following month.

4.3 All Charges include VAT. Invoices are payable within 30 days after receipt of a valid PRC VAT invoice issued by the Provider's Wuxi subsidiary.

5. TERM AND RENEWAL

5.1 The Term is 24 months from the Service Commencement Date.

5.2 The Agreement expires at the end of the Term. Any extension shall be agreed in writing by both parties, including the Charges for the extended period.

6. SERVICE LEVELS AND SERVICE CREDITS

6.1 Incidents shall be prioritised and handled as follows:
Priority 1 (file server, storage or internet access unavailable to the office, or a security incident): response within 30 minutes, engineer working on site or remotely within 1 hour, restoration within 6 hours;
Priority 2 (a group of users or a plotter unable to work): response within 1 hour, resolution within 1 working day;
Priority 3 (a single user affected): response within 2 working hours, resolution within 2 working days;
Priority 4 (requests and questions): response within 1 working day.

6.2 The file servers and storage shall be available for at least 99.95 per cent of each month, excluding maintenance agreed with the Customer in advance.

6.3 If any service level in clause 6.1 or 6.2 is missed in a month, the Customer shall receive a service credit of 5 per cent of that month's monthly service charge for each missed Priority 1 target and 2 per cent for each other missed target, up to 25 per cent of that month's charge. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall access and use Customer Data only to the extent necessary to perform the Services and for no other purpose.

7.2 All Customer Data remains on the Customer's systems in Wuxi and at the backup site in Wuxi, and shall not be transferred outside mainland China. Provider personnel shall access Customer systems only with individual named accounts protected by multi-factor authentication; all privileged access is logged and the logs are available to the Customer. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 2 hours after becoming aware of it, take all reasonable steps to contain it, and be liable for the losses and costs of the Customer, including the cost of notifying the Customer's clients, arising from an incident caused by the Provider's breach of this clause.

8. INTELLECTUAL PROPERTY

8.1 Scripts, documentation, network diagrams, run books and reports prepared by the Provider for the Customer under this Agreement shall belong to the Customer, which may use, modify and give them to any successor provider.

8.2 The Provider's monitoring and ticketing tools remain the property of the Provider or its licensors.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's confidential information, including the Customer's design work, tender submissions and client information, and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination or expiry.

10. LIABILITY

10.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of clause 7 or clause 9.

10.2 Subject to clause 10.1, the Provider's total liability under or in connection with this Agreement shall not exceed 150 per cent of the Total Contract Value.

11. SUBCONTRACTING

11.1 The Provider shall perform the on-site Services in Wuxi through its wholly owned subsidiary, Fingal IT Services (Wuxi) Co., Ltd., which the Customer approves by signing this Agreement. The Provider shall not subcontract any other part of the Services without the Customer's prior written consent and remains responsible for all subcontractors.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice with immediate effect if the Provider commits a material breach which is not remedied within 20 days after written notice, or if the Provider misses Priority 1 service levels in three months out of any six consecutive months.

12.2 On expiry or termination the Provider shall cooperate in the orderly transfer of the Services to the Customer or a successor provider for up to 60 days, at the rates in force, and shall return all Customer Data and credentials.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

13.2 The parties submit to the exclusive jurisdiction of the Scottish courts, and any action shall be raised in the Court of Session in Edinburgh.

14. GENERAL

14.1 This Agreement, with Schedule 1 (Service Description) and Schedule 2 (Inventory and Sites), constitutes the entire agreement between the parties. It is executed in English and Chinese; both texts are equally authentic.

IN WITNESS WHEREOF this Agreement is executed on behalf of the parties:

For Fingal Managed Services Limited: ______________________  Director
For Wuxi Taihu Lakeside Architectural Design Co., Ltd.: ______________________  Legal Representative
"""

H159E05 = """# Subscription and Integration Agreement – PhytoLink Certificate API

**Agreement no.** BTC-2025-CN-019

**Between**

**Bisentina Trade Compliance S.r.l.**, a limited-liability company incorporated under Italian law, with registered office at Isola Bisentina, 01023 Capodimonte (VT), Italy, VAT no. IT 02381650569, registered with the Companies Register of Viterbo, in the person of its legal representative (the **"Vendor"**),

**and**

**Beijing Pinggu Taohua Fresh Fruit Export Co., Ltd.** (北京平谷桃花鲜果出口有限公司), a company incorporated in the People's Republic of China, with registered office at No. 6 Yuyang Road, Pinggu District, Beijing (the **"Customer"**),

(each a **"Party"** and together the **"Parties"**).

## Recitals

(A) The Customer grows, packs and exports fresh peaches to markets in Southeast Asia, the Middle East and Europe, and each consignment requires a phytosanitary certificate issued by the PRC customs authority together with compliance checks against the importing country's requirements.

(B) The Vendor operates the PhytoLink platform, which provides, through an application programming interface (API), up-to-date phytosanitary import requirements by country and commodity, pre-validation of certificate data before submission, electronic phytosanitary certificate (ePhyto) status tracking and document generation.

(C) The Customer wishes to subscribe to the PhytoLink API and to have the Vendor integrate it with its packhouse and export-documentation systems. At the Customer's request all amounts are stated and payable in Chinese Renminbi (CNY).

Now, therefore, the Parties agree as follows.

## Article 1 – Definitions

1.1 **"API"** means the PhytoLink application programming interface and related web console. **"Customer Data"** means all data submitted by or for the Customer through the API, including consignment, grower, orchard, packhouse, treatment, consignee and certificate data. **"Integration"** means the connectors described in Annex 1 between the API and the Customer's packhouse management system and export-documentation system. **"Integration Acceptance"** means acceptance under Article 5. **"Subscription Period"** means the 24 months from the date of Integration Acceptance.

## Article 2 – Object

2.1 The Vendor grants the Customer, for the Subscription Period, a non-exclusive, non-transferable right to use the API for its own export business, for up to 9,000 certificate pre-validations per subscription year and unlimited queries of import requirements.

2.2 The Vendor shall design, build and install the Integration, migrate the Customer's destination-market master data and train the Customer's export-documentation team, as set out in Annex 1.

## Article 3 – Fees

3.1 The Parties agree the following fees:

| Item | Basis | Amount (CNY) |
|---|---|---|
| API subscription, year 1 | 9,000 pre-validations, unlimited queries | 268,000 |
| API subscription, year 2 | 9,000 pre-validations, unlimited queries | 268,000 |
| Integration services | fixed price (Annex 1) | 142,000 |
| **Total Contract Price** | | **678,000** |

3.2 Pre-validations above the annual allowance are charged at CNY 9 each and invoiced quarterly; they are not part of the Total Contract Price.

3.3 The fees are fixed for the Subscription Period and include VAT.

## Article 4 – Payment

4.1 The Customer shall pay: (a) an advance of 45 % of the Total Contract Price (CNY 305,100) within ten days after signature of this Agreement; (b) 20 % (CNY 135,600) within 15 days after Integration Acceptance; and (c) 35 % (CNY 237,300) within 15 days after the start of the second subscription year.

4.2 Invoices shall be PRC VAT invoices issued through the Vendor's Beijing representative agent. Bank charges are borne by each Party in its own country.

## Article 5 – Integration and acceptance

5.1 The Vendor shall complete the Integration and make it ready for acceptance tests within 60 days after signature.

5.2 The acceptance criteria are: (a) for 200 historical consignments chosen by the Customer, the pre-validation result through the Integration matches the outcome recorded by the Customer's documentation team, with every discrepancy explained; (b) certificate data prepared in the packhouse system reach the API and the validation result returns within 10 seconds; (c) ePhyto status updates appear in the export-documentation system within 5 minutes of publication; (d) the Integration runs for ten consecutive working days of live export without a Priority 1 incident.

5.3 When all criteria are met, the Customer shall sign the Integration Acceptance certificate within five working days. Installation, test use or the use of the API for live consignments before that signature does not amount to acceptance.

5.4 If the Integration is not ready for acceptance tests by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.1 % of the Total Contract Price for each calendar day of delay, up to 10 % of the Total Contract Price, without prejudice to compensation for further damage.

## Article 6 – Service levels

6.1 The Vendor shall ensure that the API is available at least 99.95 % of each calendar month, excluding maintenance windows announced at least 72 hours in advance and scheduled between 23:00 and 05:00 Beijing time.

6.2 Incidents shall be handled as follows: Priority 1 (the API is unavailable, or pre-validation or ePhyto tracking fails for all consignments): response within 1 hour and workaround within 6 hours, every day of the week during the peach export season from June to September and on working days otherwise; Priority 2 (degraded performance, or failure for a single destination market): response within 2 hours and resolution within 2 working days; Priority 3: response within 2 working days.

6.3 If the monthly availability is below 99.95 %, the Customer is entitled to a service credit of 10 % of one twelfth of the annual subscription fee, and of 25 % if it is below 99.0 %. For each Priority 1 response or workaround time missed, an additional credit of CNY 1,500 applies. Credits are offset against the next payment or refunded at the end of the Subscription Period.

## Article 7 – Customer Data

7.1 Customer Data remains the property of the Customer. The Vendor processes Customer Data in order to provide the API and the Integration.

7.2 The Customer grants the Vendor a perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form, including export volumes by destination, treatment types and inspection outcomes, to compile market statistics and benchmarking reports that the Vendor offers to other subscribers of the PhytoLink platform, both during and after the Subscription Period.

7.3 Customer Data is hosted in a data centre in Beijing and is not transferred outside mainland China. The Vendor applies encryption in transit and at rest, role-based access control and logging of all administrator access, and complies with the PRC Data Security Law and Personal Information Protection Law.

7.4 The Vendor shall notify the Customer of any security incident affecting Customer Data within 48 hours, cooperate in its containment and investigation, and compensate the Customer for the damage resulting from an incident attributable to the Vendor.

## Article 8 – Intellectual property

8.1 The PhytoLink platform, the API and the import-requirement database remain the exclusive property of the Vendor.

8.2 The Integration connectors, mapping tables and documentation developed specifically for the Customer, including their source code, belong to the Customer, which may use, modify and license them to third parties without restriction.

## Article 9 – Confidentiality

9.1 Each Party shall treat as confidential all non-public information received from the other Party, including the Customer's prices, customers and export volumes, and shall not disclose it to third parties without prior written consent, for the duration of this Agreement and three years thereafter.

## Article 10 – Liability

10.1 Except in case of wilful misconduct or gross negligence, the Vendor's total liability under this Agreement shall not exceed the fees actually paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither Party is liable for indirect damage or loss of profit, except in case of wilful misconduct or gross negligence.

## Article 11 – Subcontracting

11.1 The Vendor shall not subcontract the Integration or any part of the services without the Customer's prior written consent, and remains liable for approved subcontractors as for itself.

## Article 12 – Term and termination

12.1 This Agreement enters into force on signature and ends at the end of the Subscription Period. Any renewal requires a new written agreement between the Parties.

12.2 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and does not remedy it within 30 days after a written notice to perform (diffida ad adempiere). On termination by the Customer for the Vendor's breach, the Vendor shall refund the fees paid for the remainder of the Subscription Period.

## Article 13 – Governing law and disputes

13.1 At the request of the Customer, this Agreement is governed by the law of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English and Chinese.

## Article 14 – Final provisions

14.1 This Agreement, with Annex 1 (Integration specification) and Annex 2 (API service description), constitutes the entire agreement between the Parties.

14.2 This Agreement is signed in two originals in English, each Party receiving one.

For Bisentina Trade Compliance S.r.l. ______________________

For Beijing Pinggu Taohua Fresh Fruit Export Co., Ltd. ______________________
"""

SOURCES = {"h159z01": H159Z01, "h159z04": H159Z04, "h159e01": H159E01, "h159e03": H159E03}
TARGETS = {"h159z01": ("h159z01_traffic_police_non_site_enforcement_platform.docx", "docx"),
           "h159z04": ("h159z04_county_civil_affairs_social_assistance_om.pdf", "pdf"),
           "h159e01": ("h159e01_thermos_maker_qms_perpetual_licence_irish_vendor.docx", "docx"),
           "h159e03": ("h159e03_abalone_hatchery_tank_sensors_french_integrator.pdf", "pdf")}
PLAIN = {"h159z02_capacitor_plant_visual_inspection_system.txt": H159Z02,
         "h159z03_tutoring_chain_scheduling_saas.md": H159Z03,
         "h159z05_sesame_oil_wms_supplier_template.md": H159Z05,
         "h159e02_eco_lodge_pms_saas_order_form_german_vendor.txt": H159E02,
         "h159e04_architecture_firm_managed_it_scottish_provider.txt": H159E04,
         "h159e05_peach_exporter_phyto_api_italian_vendor.md": H159E05}

if __name__ == "__main__":
    for name, text in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
