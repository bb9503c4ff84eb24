"""holdout160: ten ORDINARY draft contracts (5 zh, 5 en), written by hand. Sources of all ten are kept here.
.docx / .pdf are built with ../word_pdf.py (PDF paragraphs broken at word boundaries: wrap_words=True);
.md / .txt are written as they are. Run with /work/main/.venv/bin/python."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H160Z01 = """
T:××省地方金融风险监测预警平台建设项目政府采购合同
P:合同编号：××CG-2025-0417　　采购方式：公开招标　　项目编号：××ZC2025-G-0213
P:采购人（甲方）：××省地方金融监督管理局
P:供应商（乙方）：数衡智能科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方书面确认的澄清文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责建设××省地方金融风险监测预警平台，覆盖小额贷款公司、融资担保公司、典当行、融资租赁公司、商业保理公司、地方资产管理公司和地方交易场所等七类地方金融组织的非现场监管、风险监测、预警处置和监管报送，并提供软硬件供货、定制开发、数据治理、部署实施、培训及质保期内服务。
P:1.2 主要建设内容：（1）监测预警平台软件及大数据分析引擎的许可与部署；（2）应用服务器、分布式存储的供货与安装；（3）监管报送接口、风险预警模型、非法集资线索研判模型及领导驾驶舱的定制开发；（4）历史报送数据的清洗、迁移与治理；（5）配合甲方完成网络安全等级保护三级测评和商用密码应用安全性评估。
P:1.3 平台部署于甲方指定的省级政务云专区，不得部署于乙方或其他第三方的机房。乙方应按招标文件的技术需求和双方确认的需求规格说明书组织实施。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰陆拾贰万元整（¥3,620,000.00），为固定总价，包含设备、软件许可、开发、实施、运输、保险、税费及质保期内全部服务费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|风险监测预警平台软件许可（永久）|1套|1,260,000|1,260,000
TB:2|大数据分析引擎许可（永久）|1套|418,000|418,000
TB:3|应用服务器|6台|78,500|471,000
TB:4|分布式存储|1套|296,000|296,000
TB:|软硬件小计|||2,445,000
TB:5|定制开发（报送接口、预警模型、驾驶舱）|1项|836,000|836,000
TB:6|数据治理与迁移|1项|214,000|214,000
TB:7|部署实施、测评配合及培训|1项|125,000|125,000
TB:|合计|||3,620,000
P:2.2 合同履行期间，除甲方书面确认的需求变更外，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方向甲方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥724,000。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥1,629,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥1,267,000。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方按国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 实施与交付
P:4.1 乙方应于合同签订后三十日内完成设备到货安装，一百二十日内完成全部功能开发并提交初验，初验通过后进入为期三个月的试运行。
P:4.2 乙方应派驻不少于六人的项目团队，项目经理须为投标文件所列人员，更换须经甲方书面同意。
P:4.3 设备到货时双方进行开箱清点并签署到货签收单，签收仅确认数量和外观，不视为验收。
H:第五条 验收
P:5.1 初验标准：（1）招标文件技术需求及需求规格说明书所列功能全部实现；（2）七类机构的报送接口联调通过，连续十个工作日无数据丢失；（3）风险预警模型经甲方回溯测试，对历史风险事件的识别结果达到需求规格说明书约定的指标；（4）并发300用户时页面平均响应时间不超过3秒；（5）第三方等保测评机构出具的测评结论中无高风险问题。
P:5.2 最终验收标准：试运行期间无一级故障，试运行中发现的问题全部整改完毕，技术文档、源代码及培训资料交付齐全，并已取得等保三级测评报告和密评报告。
P:5.3 甲方可邀请专家或第三方机构参与验收，验收结论以甲方签署的验收报告为准。未经书面验收合格，平台上线运行、甲方使用或甲方付款均不视为验收合格。
H:第六条 质保与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件故障处理、缺陷修复、版本升级及备件更换。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）；一级故障（平台无法访问或报送中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能异常）2小时内响应，次日内解决。
P:6.3 乙方未达到前款服务水平的，一级故障响应或恢复每超时一小时扣减服务费¥2,000，月度可用率每低于约定值0.01个百分点扣减¥3,000，甲方可从应付款项中直接扣除。
P:6.4 质保期满后，如甲方需要，乙方应按每年不超过软硬件小计9%的价格（即不超过¥220,050/年）提供维护服务，该价格在质保期满后两年内不得上调；维护合同由甲方决定是否签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集、存储、处理的监管数据、企业报送数据、舆情数据及其衍生数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内访问，不得复制、留存、向任何第三方提供或用于其他目的。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问审批、堡垒机操作审计、最小权限和测试数据脱敏等措施；远程维护须经甲方逐次审批。
P:7.3 发生数据泄露、篡改或丢失等安全事件时，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的监管信息、金融机构经营信息、举报线索及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:8.2 乙方项目人员应签署保密承诺书，乙方对其人员的泄密行为承担责任。
H:第九条 知识产权
P:9.1 本项目定制开发的报送接口、预警模型、驾驶舱、脚本及其源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。
P:9.2 平台软件及分析引擎的原有知识产权仍归其权利人，乙方保证甲方可永久、不可撤销地使用，并保证不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；违约金累计达到合同总价10%的，甲方有权解除合同。
P:10.2 乙方交付的货物或服务不符合合同约定的，应在甲方要求的期限内免费更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同的全部或部分义务转让或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项中对应未履约部分的款项并赔偿甲方损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订补充协议。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：××省地方金融监督管理局　　　　乙方（盖章）：数衡智能科技股份有限公司
P:法定代表人或授权代表：　　　　　　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日
"""

H160Z02 = """
T:帘子布在线瑕疵检测系统采购及维保合同
P:合同编号：RL-SB-2025-068
P:甲方（买方）：盐城润纶帘子布有限公司
P:乙方（卖方）：杭州睿视工业智能设备有限公司
P:甲方为提升浸胶帘子布和尼龙帘子布生产线的质量控制水平，向乙方采购在线瑕疵检测系统及质保期满后的维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方为甲方四条帘子布生产线（浸胶线两条、织布线两条）提供在线瑕疵检测系统，包括线阵相机、光源、工控机与GPU推理服务器、检测软件、打标与报警装置，并负责安装调试、模型训练、与甲方MES系统对接及人员培训。
P:（二）系统应能在线检测断经、稀密路、接头、油污、胶斑、褶皱、异物等瑕疵，实时标记瑕疵位置，将瑕疵类型和图像推送至MES，并按卷生成质量报告。
P:（三）设备的型号、规格及技术参数以附件一《技术规格书》为准。
H:二、合同价款
P:（一）合同总价为人民币贰佰柒拾万元整（¥2,700,000），含增值税、运输、保险、安装调试、培训及质保期内服务费用。
P:（二）价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|线阵工业相机（8K）|16台|48,500|776,000
TB:2|LED线光源及支架|8套|36,000|288,000
TB:3|工控机及GPU推理服务器|4台|92,000|368,000
TB:4|瑕疵检测软件许可（永久，按线）|4条线|185,000|740,000
TB:5|打标及声光报警装置|8套|26,000|208,000
TB:|设备及软件小计|||2,380,000
TB:6|安装调试及模型训练|1项|236,000|236,000
TB:7|MES接口开发|1项|50,000|50,000
TB:8|操作与维护培训|1项|34,000|34,000
TB:|合计|||2,700,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%，即¥270,000。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的50%，即¥1,350,000。到货及安装不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥945,000。
P:（四）其余5%即¥135,000作为质量保证金，质保期满且无未决质量问题后十五个工作日内无息支付。
P:（五）乙方在每期付款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于到货后二十日内完成安装调试。
P:（二）安装须在甲方安排的停机窗口内进行，乙方人员应遵守甲方的安全生产、动火作业和车间管理规定，因乙方人员违规造成的损失由乙方承担。
P:（三）到货时双方共同开箱清点，签署到货清点单。清点单仅确认数量和外观。
P:（四）乙方应随货提供产品合格证、出厂检验报告、装箱单及相机、光源的原厂质保证明；进口部件应提供报关单据。
P:（五）甲方应按乙方提交并经甲方确认的安装方案，提供设备安装位置、电源、压缩空气及网络接入条件。
H:五、验收
P:（一）系统安装调试完毕后连续试运行三十日，试运行结束后由甲方组织最终验收。
P:（二）验收标准：
P:1. 对宽度1毫米及以上的瑕疵，检出率不低于95%；
P:2. 误报率不高于2%；
P:3. 车速每分钟60米条件下，瑕疵图像推送至MES的延迟不超过2秒；
P:4. 试运行期间未发生因检测系统原因导致的停线；
P:5. 技术资料、操作手册、备件清单及MES接口文档交付齐全。
P:（三）未达到验收标准的，乙方应在十五日内整改并重新验收；两次验收不合格的，甲方有权退货并解除合同。试运行、使用或付款均不视为验收合格，验收以双方签署的最终验收报告为准。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件升级均由乙方免费负责，更换部件的质保期重新计算。
P:（二）服务响应：一级故障（任一生产线检测中断）乙方应在1小时内远程响应，8小时内派工程师到达现场；二级故障（检出率明显下降或误报增多）2小时内响应，两个工作日内解决；三级故障（报表、界面等不影响检测的问题）在下次巡检时解决。
P:（三）乙方未按时响应或到场的，每超时一小时向甲方支付¥500，甲方可从质量保证金或维保费中扣除。
P:（四）乙方应在甲方厂区存放相机、光源和工控机的常用备件，备件清单经甲方确认，备件消耗后乙方应在七日内补足。
H:七、质保期满后的维保
P:（一）质保期满后，乙方继续为甲方提供维保服务，内容包括每季度巡检、相机校准、检测模型迭代、软件升级和备件更换（光源灯珠等易损件除外）。
P:（二）维保年费按设备及软件小计的17.5%计取，即每年¥416,500，质保期满后三年内维持该价格不变，甲方于每个维保年度开始后三十日内支付。
P:（三）维保期内的服务响应标准及超时扣款与本合同第六条相同。
H:八、数据与信息安全
P:（一）系统采集的布面图像、瑕疵记录、工艺参数及生产数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制带离、向第三方提供或用于其他客户的模型训练。
P:（二）乙方远程维护须经甲方信息部门逐次审批，并通过甲方提供的VPN及堡垒机进行，操作全程留痕；检测系统与办公网络隔离部署，乙方不得在系统内留存后门或远程控制程序。
P:（三）发生数据泄露或系统被入侵等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:乙方对在甲方厂区及履约过程中获知的工艺配方、设备参数、客户信息和经营数据负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。
H:十、知识产权
P:（一）检测软件的原有知识产权归乙方所有，甲方获得永久、不可撤销的使用许可。
P:（二）乙方利用甲方布面图像训练得到的专用检测模型、MES接口程序及相关文档归甲方所有，甲方可自行或委托第三方修改和使用。
P:（三）乙方保证所供货物不侵犯第三方知识产权，否则由乙方承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:（二）设备存在质量问题经两次维修仍不能正常使用的，乙方应免费更换同型号新品。
P:（三）甲方逾期付款的，按中国人民银行同期贷款市场报价利率支付逾期利息。
H:十二、分包
P:乙方不得将本合同项下的安装调试、模型训练等主体工作分包；确需将设备运输或辅助工作委托第三方的，须事先取得甲方书面同意，乙方对第三方的行为承担责任。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:（二）乙方逾期交货超过三十日的，甲方有权解除合同。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：一、技术规格书；二、设备清单；三、验收方案。
P:甲方（盖章）：盐城润纶帘子布有限公司　　　乙方（盖章）：杭州睿视工业智能设备有限公司
P:日期：2025年　月　日
"""

H160Z03 = """# 儿童口腔诊所预约与电子病历SaaS服务合同

合同编号：XBC-SaaS-2025-019

甲方（客户）：小贝齿儿童口腔医疗管理（成都）有限公司
乙方（服务商）：齿云信息技术（深圳）有限公司

甲方经营连锁儿童口腔诊所，拟订阅乙方的口腔诊所预约与电子病历SaaS服务，并委托乙方完成实施和数据迁移。双方根据《中华人民共和国民法典》等法律法规，订立本合同。

### 1 服务内容

1.1 乙方通过其"齿云"SaaS平台向甲方所属二十八家诊所提供以下服务：线上预约与候诊叫号、儿童口腔电子病历（含口腔检查表、涂氟和窝沟封闭记录、正畸方案及影像）、家长端微信小程序、会员与收费、复诊短信提醒及经营报表。

1.2 实施服务包括：各诊所的账号、科室、排班和价目配置；从甲方原有诊所管理系统迁移近五年的患者档案、病历及收费记录；与各诊所CBCT及口内扫描设备的影像对接；对诊所前台、医生和管理人员的培训。

1.3 甲方新增诊所的，按本合同单价按月折算增加订阅费，其他条件不变；甲方关闭诊所的，自关闭次月起相应减少订阅费。

1.4 乙方应为甲方指定一名客户成功经理，每季度与甲方召开一次服务回顾会，通报服务水平达成情况、问题处理情况及版本更新计划。

1.5 甲方应指定项目负责人，及时提供迁移所需的原系统数据、诊所价目表及排班信息，并组织各诊所人员参加培训。

### 2 服务期限与续订

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 服务期满前三十日内任何一方未书面通知不再续订的，本合同自动续订一年，此后亦同。每次续订时，乙方有权上调订阅费，上调幅度不超过上一服务期单价的8%，乙方应在续订生效前以邮件方式通知甲方新价格。

### 3 服务费用与支付

3.1 本合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS订阅费 | 28家诊所 × ¥12,600/家/年 × 3年 | 1,058,400 |
| 实施及数据迁移 | 一次性 | 96,000 |
| 培训 | 一次性 | 18,000 |
| 合计 | | 1,172,400 |

3.2 本合同不设预付款。订阅费按季度后付，每季度¥88,200，甲方在每季度结束后收到发票之日起十五个工作日内支付。实施及数据迁移费、培训费在上线验收合格后一次性支付。

3.3 乙方应开具增值税专用发票；发票不合格的，甲方付款期限相应顺延。

### 4 实施与上线验收

4.1 乙方应在合同签订后六十日内完成实施并提交上线验收。

4.2 上线验收标准：（1）迁移后的患者档案、病历和收费记录条数与原系统逐项比对一致，随机抽查五百份病历内容无差错；（2）预约、就诊、收费、复诊提醒全流程在三家试点诊所连续运行十个工作日，未出现一级故障；（3）CBCT影像在诊室调阅的打开时间不超过3秒；（4）家长端小程序完成甲方组织的测试用例并通过；（5）培训完成且各诊所前台和医生考核合格。

4.3 满足上述标准后，甲方签署上线验收单。系统投入使用、甲方付款均不视为验收合格。

### 5 服务水平

5.1 平台月度可用率不低于99.5%，按每日7:00至22:00诊所营业时段统计，经甲方同意的计划内维护时间除外。

5.2 故障响应：一级故障（全部或多家诊所无法预约、无法调阅病历）乙方应在30分钟内响应，2小时内恢复；二级故障（单一功能异常）1小时内响应，当日解决；三级问题（咨询、报表优化）在两个工作日内答复。

5.3 服务补偿：月度可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障恢复每超时一小时，另行抵扣¥1,000。抵扣从下一季度订阅费中扣减。

5.4 乙方进行版本升级应至少提前五日通知甲方，升级应安排在诊所营业时段之外；升级导致功能减少或操作方式重大改变的，须事先征得甲方同意。

5.5 乙方每月5日前向甲方提供上月服务报告，列明可用率、故障记录及处理情况。

### 6 数据与隐私保护

6.1 甲方及其诊所在平台上录入、产生的患者档案、电子病历、影像、家长联系方式及收费数据（"客户数据"）属于甲方所有。

6.2 乙方可对客户数据进行去标识化处理，并将去标识化后的数据用于平台产品改进、算法模型训练及编制发布儿童口腔健康行业分析报告；合同终止后乙方仍可继续使用已形成的去标识化数据。

6.3 乙方应将客户数据存储于中国境内的云数据中心，平台通过网络安全等级保护三级测评，对数据进行传输和存储加密，实行最小权限和操作日志审计；儿童个人信息应按照《个人信息保护法》和《儿童个人信息网络保护规定》予以特别保护。

6.4 发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后二小时内通知甲方，并采取补救措施、配合甲方履行报告和告知义务；因乙方原因造成的，乙方承担全部责任，赔偿甲方及患者的损失。

6.5 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部客户数据，并在甲方确认后删除，出具删除证明。

### 7 保密

7.1 双方对履约中获悉的对方商业秘密及患者信息负有保密义务，未经对方书面同意不得向第三方披露或用于本合同以外的目的。

7.2 保密义务在合同终止后五年内继续有效，涉及患者信息的保密义务永久有效。

### 8 知识产权

8.1 "齿云"平台及其升级版本的知识产权归乙方所有，甲方在服务期内享有使用权。

8.2 乙方为甲方定制的病历模板、检查表单、报表格式及接口配置归甲方所有，甲方可自由使用、修改或交由第三方使用。

### 9 违约责任与责任限制

9.1 乙方未能在第4.1条约定期限内提交上线验收的，每逾期一日向甲方支付违约金¥800；逾期超过三十日的，甲方有权解除合同。

9.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

9.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

### 10 分包

10.1 乙方不得将本合同项下的服务分包给第三方，但经甲方书面同意的除外。平台所使用的境内公有云基础设施服务商已在附件中列明，更换须事先取得甲方书面同意。

### 11 合同解除

11.1 乙方严重违约，或连续两个月可用率低于99%，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付但未提供服务期间的费用。

11.2 合同解除或终止后，乙方应按第6.5条交还并删除数据。

11.3 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务；中断超过十五日的，甲方有权解除合同，乙方退还未提供服务期间的费用。

### 12 法律适用与争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。

### 13 其他

13.1 附件：服务功能清单、实施计划、云服务商说明。附件与本合同具有同等效力。

13.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：2025年　月　日
"""

H160Z04 = """××市公共自行车调度系统运维服务合同

项目名称：××市公共自行车调度系统2025—2026年度运维服务
采购方式：竞争性磋商
合同编号：××GZC-2025-YW-031

甲方（采购人）：××市公共自行车服务中心
乙方（供应商）：骑联智行科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目磋商文件、乙方响应文件和成交通知书，双方就公共自行车调度系统运维服务事项订立本合同。

第一条　服务内容
（一）乙方负责甲方公共自行车调度系统的年度运维服务，包括：调度管理平台、车辆调度APP、用户端小程序及支付接口的运行维护；全市三百二十个站点共2,150个锁桩、站点控制器及车辆电子锁的现场维护；系统数据备份与恢复；运行监测与月度分析报告。
（二）乙方应派驻两名运维人员在甲方调度中心驻场，工作日8:30至17:30在岗，节假日及早晚高峰安排值班。
（三）乙方应根据潮汐用车规律为甲方调度员提供调度建议报表，但不负责车辆的实际调运。
（四）日常运维工作要求：
1. 每日早晚两次检查平台、数据库、支付接口及短信通道的运行状态，并填写运行日志；
2. 每周对全部站点控制器的在线状态进行核查，对离线站点在当日安排现场排查；
3. 每月对全市锁桩巡检不少于一遍，对车辆电子锁的电池电量低于阈值的及时更换电池；
4. 每日进行数据库增量备份，每周进行全量备份，并每季度进行一次恢复演练；
5. 每月5日前提交上月运维报告，内容包括故障统计、工单处理、借还车数据分析、站点热力分析和改进建议。
（五）乙方应建立7×24小时服务热线，受理甲方调度中心及市民通过甲方转来的故障报修。

第二条　服务期限
（一）服务期一年，自2025年7月1日起至2026年6月30日止。
（二）服务期满本合同终止，不自动续期。甲方如需继续采购，应按政府采购规定另行组织。

第三条　合同价款
（一）本合同总价为人民币柒拾伍万元整（¥750,000），为包干价，明细如下：
1. 调度平台及数据库运维：¥326,000；
2. 调度APP及用户端小程序维护：¥118,000；
3. 锁桩及站点设备现场维护：2,150个 × ¥64 = ¥137,600；
4. 驻场运维人员（两人）：¥168,400。
（二）备品备件中，单价五百元以下的易损件由乙方承担；单价五百元及以上的部件由甲方另行采购，乙方负责更换。

第四条　付款方式
（一）本合同不设预付款。服务费按季度支付，每季度¥187,500。
（二）每季度结束后十个工作日内，甲方按本合同第六条进行季度考核，根据考核结果扣减相应款项后，于收到乙方发票之日起十五个工作日内支付。

第五条　服务接管与交接
（一）乙方应在合同生效后十日内完成与原运维单位的交接，包括账号权限、运维文档、备份数据和未结工单的接收。
（二）合同终止前二十日，乙方应向甲方或其指定的后续服务单位移交全部运维资料和账号，并配合完成交接。
（三）乙方驻场人员应具备相应的运维经验，名单须经甲方确认；驻场人员更换应提前十日告知甲方并经甲方同意，更换后的人员能力不得低于原人员。
（四）乙方人员在道路站点作业时应遵守交通安全和安全生产规定，设置警示标志；因乙方人员作业造成人身伤害或财产损失的，由乙方承担责任。

第六条　服务标准与考核
（一）故障分级与响应：
1. 一级故障（调度平台或用户端整体中断，或五十个以上站点无法借还车）：乙方应在6小时内响应，10小时内恢复；
2. 二级故障（单个站点无法借还车或支付异常）：乙方应在8小时内到达现场，当日修复；
3. 三级故障（单个锁桩故障、报表错误）：两个工作日内处理完毕。
（二）考核指标：锁桩完好率不低于98%，工单按时关闭率不低于95%，月度分析报告按时提交。
（三）甲方每月对乙方服务进行一次检查，检查内容包括运行日志、工单记录、巡检记录和备份记录，检查结果计入季度考核。
（四）考核扣款：一级故障响应或恢复每超时一小时扣¥1,000；二级故障每超时一小时扣¥200；锁桩完好率每低于考核值1个百分点扣¥2,000；月度报告每迟交一日扣¥300。季度扣款总额不超过当季服务费的20%。
（五）乙方对考核结果有异议的，可在收到考核结果后五个工作日内书面提出复核，甲方应在五个工作日内答复。
（六）服务期满后，甲方按本条考核指标及全年考核记录组织年度验收，验收合格的出具验收报告。

第七条　数据安全与保密
（一）系统内的用户注册信息、骑行记录、支付流水、站点及车辆运行数据均属于甲方所有，乙方仅可为运维目的使用，不得复制、留存或向任何第三方提供。
（二）乙方运维人员访问生产系统须通过甲方堡垒机，使用个人账号并经甲方审批；乙方应落实数据备份、漏洞修补和账号权限管理，配合甲方完成网络安全等级保护测评。
（三）发生数据泄露、系统被入侵等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（四）乙方对履约中知悉的甲方工作秘密、用户个人信息和系统技术资料负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。

第八条　知识产权
乙方在运维期间为甲方编写的脚本、报表、运维文档及调度分析模型归甲方所有，甲方可自由使用、修改和交由后续服务单位使用。

第九条　分包
乙方可将锁桩、站点控制器及车辆电子锁的维修工作委托具备相应能力的第三方承担，但应于委托前五个工作日书面告知甲方，并对第三方的服务质量负责。

第十条　违约责任
（一）乙方未按第五条第（一）款期限完成服务接管的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方连续两个季度考核扣款达到上限的，甲方有权解除合同。
（三）乙方未经甲方同意擅自更换驻场人员的，每人次扣¥2,000；驻场人员无故缺岗的，每人每日扣¥500。
（四）因乙方运维不当造成系统数据丢失的，乙方应负责恢复，不能恢复的，应赔偿甲方因此遭受的损失。
（五）甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。

第十一条　合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期限结算费用；乙方应赔偿甲方因此重新采购产生的损失。

第十二条　不可抗力
因自然灾害、重大公共卫生事件等不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方可协商延期履行、调整服务内容或解除合同。

第十三条　适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条　其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：××市公共自行车服务中心
乙方（盖章）：骑联智行科技有限公司
签订日期：2025年6月　日
"""

H160Z05 = """# 质量管理系统（QMS）软件许可及定制开发合同

**云质科技标准合同文本 V4.0**（本文本由乙方提供，双方确认后签署）

合同编号：YZ-QMS-2025-0112

甲方：洞庭湖味酱鸭食品有限公司
乙方：云质软件科技（长沙）有限公司

鉴于甲方拟建设覆盖原料鸭验收、卤制、风干、真空包装、杀菌及成品放行全过程的质量管理系统，乙方具备相应的软件产品及实施能力，双方经协商，就乙方向甲方许可QMS软件并提供定制开发和实施服务事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用"云质QMS"标准版软件（200个命名用户），并根据甲方需求进行定制开发，包括：HACCP关键控制点监控（卤制温度、杀菌时间与温度、金属探测）、原料鸭批次与成品批次的双向追溯、供应商来料检验、实验室检测数据对接及质量看板。

1.2 具体功能以双方确认的《需求确认书》为准，《需求确认书》应在合同签订后三十日内由双方签署。《需求确认书》确认后，甲方提出的变更按乙方人天单价另行计费。

## 第二条 合同价款

2.1 合同总价为人民币捌拾陆万捌仟元整（¥868,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云质QMS标准版软件许可（200用户） | 420,000 |
| 2 | 定制开发（HACCP监控、批次追溯、来料检验、实验室对接、看板） | 380,000 |
| 3 | 实施部署及培训 | 68,000 |
|  | 合计 | 868,000 |

2.2 上述价格不含甲方服务器、数据库、操作系统及第三方设备费用。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥564,200。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥303,800。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与实施

4.1 乙方应在收到首期款后九十日内完成软件部署、定制开发及上线。因甲方需求变更、现场条件不具备或配合不及时造成的延误，交付期限相应顺延。

4.2 甲方应提供符合乙方要求的服务器及网络环境，并指定项目联系人配合实施。

4.3 乙方的实施工作以远程方式为主，确需现场实施的，由乙方根据项目进度安排，现场实施人天数以乙方实施方案为准。

4.4 甲方应组织质量部、生产部及化验室的关键用户参加需求调研和培训，并按乙方提供的模板整理原料供应商、产品规格、检验标准等基础数据。

4.5 乙方对甲方提供的基础数据的准确性不承担责任，因基础数据错误导致的返工按变更处理。

## 第五条 验收

5.1 系统安装部署完成并上线运行之日，即视为甲方验收合格。

5.2 甲方在系统上线后七日内未提出书面异议的，视为对全部交付内容无异议。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录或关键控制点数据无法采集）乙方在工作日8小时内响应；二级故障在三个工作日内响应；其他问题在后续版本中统一处理。

6.3 上述响应时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约金责任。

6.4 现场服务按乙方人天单价及差旅费另行收费。

6.5 下列情形不属于免费维护范围：甲方自行修改系统配置或数据库造成的故障；服务器、网络、操作系统等非乙方提供的软硬件故障；甲方新增的功能需求。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准计收。

7.2 甲方未购买年度维护服务的，乙方不再提供任何技术支持，恢复服务时甲方应补缴中断期间的维护费。

## 第八条 知识产权

8.1 云质QMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、接口程序及其源代码的知识产权均归乙方所有。甲方在合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

8.4 甲方不得对云质QMS软件进行反向工程，不得将软件安装于本合同约定以外的工厂或法人主体；甲方新增用户或工厂的，应按乙方届时价格另行购买许可。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、检验及追溯数据归甲方所有。

9.2 甲方同意乙方在对上述数据进行脱敏处理后，将其用于乙方产品优化、食品行业质量数据库建设及行业分析，该等使用不因合同终止而停止。

9.3 乙方在实施和维护过程中接触甲方系统的，应使用甲方分配的账号，遵守甲方的信息安全制度，不得擅自复制生产数据；乙方应对其远程维护通道采取加密和访问控制措施。

9.4 因乙方原因导致甲方数据泄露或丢失的，乙方应在获知后四十八小时内通知甲方并协助补救，并依法承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作中获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

10.2 乙方可在其宣传资料、官方网站及客户案例中使用甲方名称和商标，并介绍本项目的建设内容。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方对甲方的任何间接损失、利润损失、商誉损失、数据丢失不承担责任。

11.3 乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%。

11.4 因甲方原因导致项目暂停超过六十日的，乙方有权要求甲方支付已完成工作的费用，并有权解除合同。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除合同。

12.2 合同解除的，甲方应支付乙方已完成工作对应的费用，已支付的软件许可费不予退还。

12.3 甲方逾期付款超过三十日的，乙方有权解除合同，并要求甲方支付已完成工作的全部费用。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 因不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方。

14.3 双方往来通知以本合同首页所列地址和联系人为准，以电子邮件发送的，发出即视为送达。

14.4 本合同的标准条款由乙方提供，乙方已就免责和限责条款提请甲方注意，甲方已充分理解。

甲方（盖章）：　　　　　　　　乙方（盖章）：云质软件科技（长沙）有限公司

日期：2025年　月　日
"""

H160E01 = """
T:Software Licence, Configuration and Support Agreement
P:THIS AGREEMENT is dated the ____ day of __________ 2025
P:BETWEEN:
P:(1) MAHAREES CONFIGURE LIMITED, a private company limited by shares incorporated in Ireland (registered number 618244) whose registered office is at The Boathouse, Illauntannig, Maharees, Castlegregory, Co. Kerry, Ireland (the "Licensor"); and
P:(2) FOSHAN NANHAI JINGHONG ALUMINIUM WINDOWS AND DOORS CO., LTD., a company established in the People's Republic of China whose registered address is at No. 18 Lianhe Road, Dali Town, Nanhai District, Foshan, Guangdong (the "Customer").
P:BACKGROUND: The Customer manufactures aluminium windows, doors and curtain-wall units at three plants and sells them through dealers. It wishes to license the Licensor's window configurator software, to have its product ranges modelled in it by the Licensor and to receive support, on the terms of this Agreement. At the Customer's request all charges are stated and payable in Chinese Renminbi (CNY).
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Software" means the Licensor's configurator products listed in Schedule 1, in object code, with their documentation and any updates supplied under this Agreement; "Configuration Services" means the modelling, rule-building, integration and training work described in Schedule 2; "Configuration Deliverables" means the product models, pricing and validation rules, drawing and cutting-list templates, the ERP interface and all other materials created by the Licensor specifically for the Customer; "Go-Live" means first productive use of the Software at all three plants; "Acceptance" means the Customer's written confirmation under Clause 7; "Contract Price" means the total charges in Schedule 1.
P:1.2 Clause headings do not affect interpretation.
H:Clause 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three plants and to make the dealer portal available to its appointed dealers, for the Customer's internal business purposes and its dealer sales.
P:2.2 The licence covers up to 60 named internal users and an unlimited number of dealer accounts.
H:Clause 3 Configuration Services
P:3.1 The Licensor shall model the Customer's casement, sliding and tilt-and-turn window ranges and its folding-door range in the Software, including profile systems, glazing, hardware sets and colour options, build the pricing and validation rules, produce the drawing and cutting-list templates and build the interface to the Customer's ERP system, all as set out in Schedule 2.
P:3.2 The Licensor shall carry out the Configuration Services with reasonable skill and care.
P:3.3 The Customer shall provide product data, price lists and access to key users in good time. A delay caused by the Customer extends the Milestone Date by the period of that delay.
H:Clause 4 Charges
P:4.1 The charges are as follows (all amounts in CNY, inclusive of applicable Chinese taxes, which the Licensor shall invoice through its agent):
TB:Item|Description|Quantity|Charge (CNY)
TB:1|Configurator Core licence (perpetual)|1 enterprise|780,000
TB:2|CAD/CAM output module licence (perpetual)|1 enterprise|260,000
TB:3|Dealer portal module licence (perpetual)|1 enterprise|180,000
TB:|Licence Fees subtotal||1,220,000
TB:4|Product modelling and rule configuration|fixed price|486,000
TB:5|ERP interface|fixed price|164,000
TB:6|Training (key users and dealers)|fixed price|42,000
TB:|Contract Price||1,912,000
P:4.2 The Contract Price is fixed. Changes to the scope of the Configuration Services shall be agreed in a written change note signed by both parties before work begins.
H:Clause 5 Payment
P:5.1 The Contract Price shall be paid in three instalments: (a) 10% (CNY 191,200) within 15 days after signature of this Agreement; (b) 55% (CNY 1,051,600) within 30 days after Go-Live; and (c) 35% (CNY 669,200) within 30 days after Acceptance.
P:5.2 Go-Live and the payment under Clause 5.1(b) do not constitute Acceptance.
H:Clause 6 Delivery, Go-Live and Delay
P:6.1 The Licensor shall make the Software available for installation within 20 days after signature and shall achieve Go-Live within 150 days after signature (the "Milestone Date").
P:6.2 If Go-Live is not achieved by the Milestone Date for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:6.3 If the delay exceeds 60 days, the Customer may terminate this Agreement under Clause 15.2.
H:Clause 7 Acceptance
P:7.1 Within 30 days after Go-Live the parties shall run the acceptance tests in Schedule 3, which shall include: (a) every window and door range configured as specified, with at least 300 test orders priced identically to the Customer's approved price list; (b) generated drawings and cutting lists checked by the Customer's engineering department without error; (c) orders transferred to the ERP system with complete bills of material; (d) dealer portal quotations produced by five pilot dealers; and (e) no open Severity 1 or Severity 2 defect.
P:7.2 When the tests are passed the Customer shall sign an acceptance certificate within 10 business days. If the tests are not passed, the Licensor shall correct the defects and the tests shall be repeated. Productive use of the Software does not by itself constitute Acceptance.
H:Clause 8 Warranty
P:8.1 The Licensor warrants that for a period of 90 days from Acceptance (the "Warranty Period") the Software will perform substantially in accordance with its documentation and the Configuration Deliverables will conform to Schedule 2.
P:8.2 During the Warranty Period the Licensor shall correct any reported non-conformity free of charge. After the Warranty Period, corrections are provided only under the support arrangements in Clause 9.
H:Clause 9 Support and Maintenance
P:9.1 From the end of the Warranty Period the Licensor shall provide support and maintenance, including updates, new releases and telephone, e-mail and remote support, for an annual support fee equal to 14% of the Licence Fees, being CNY 170,800 per year, payable annually in arrears.
P:9.2 The annual support fee is fixed for the first three support years. Thereafter it may be increased by no more than 3% per year. Support continues year by year only on the Customer's purchase order; it does not renew automatically.
P:9.3 Response times: Severity 1 (the configurator or dealer portal unavailable at any plant, or incorrect prices generated): response within 2 hours and a workaround within 8 hours; Severity 2 (a major function impaired): response within 8 business hours; Severity 3: next business day.
P:9.4 For each hour by which the Licensor misses a Severity 1 response or workaround time, the Licensor shall credit the Customer CNY 1,000 against the next support invoice or, during the Warranty Period, pay that sum on demand.
H:Clause 10 Customer Data and Security
P:10.1 All data entered into or generated by the Software, including product data, prices, dealer and end-customer details and orders ("Customer Data"), belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement.
P:10.2 The Software is installed on the Customer's servers in Foshan. The Licensor shall access the Customer's systems only through the Customer's VPN with a named account approved for each session, shall not copy Customer Data outside the Customer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:10.3 The Licensor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, shall assist the Customer to contain it and shall be responsible for all loss caused by its breach of this Clause.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party marked or reasonably understood to be confidential, including the Customer's prices, dealer terms and product designs, and shall use it only for the purpose of this Agreement. This obligation survives termination for five years.
H:Clause 12 Intellectual Property
P:12.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:12.2 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation. The Licensor shall deliver them in editable form, including the source code of the ERP interface, and the Customer may use, modify and license them freely, including to a third-party service provider.
H:Clause 13 Limitation of Liability
P:13.1 Neither party excludes liability for death or personal injury caused by negligence, for fraud or for breach of Clause 10.
P:13.2 Subject to Clause 13.1, the total aggregate liability of the Licensor arising out of or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed CNY 956,000.
P:13.3 Neither party shall be liable for loss of profits or for indirect or consequential loss.
H:Clause 14 Subcontracting and Assignment
P:14.1 The Licensor shall not subcontract any of its obligations under this Agreement without the prior written consent of the Customer, and remains liable for the acts and omissions of any approved subcontractor.
H:Clause 15 Term and Termination
P:15.1 This Agreement begins on the date above and continues unless terminated under this Clause; the licence in Clause 2 survives any termination other than termination by the Licensor for non-payment of the Licence Fees.
P:15.2 Either party may terminate this Agreement by written notice if the other commits a material breach and, where the breach is capable of remedy, fails to remedy it within 30 days after written notice, or if the other becomes insolvent. The Customer may also terminate under Clause 6.3.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 The courts of Ireland shall have exclusive jurisdiction to settle any such dispute or claim.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties.
P:Schedule 1: Software and charges. Schedule 2: Configuration Services specification. Schedule 3: Acceptance tests.
P:Signed for and on behalf of MAHAREES CONFIGURE LIMITED: ____________________ Director
P:Signed for and on behalf of the Customer: ____________________ Legal Representative
"""

H160E02 = """# Order Form No. MR-2025-0731 and General Terms and Conditions for the Kanas Booking Suite

**Provider:** Mellum Reisetechnik GmbH, Vogelwarte 1, 26474 Mellum, Germany, registered in the commercial register of the Local Court (Amtsgericht) of Oldenburg under HRB 218 604, represented by its managing director (Geschäftsführer) ("Provider")

**Customer:** Altay Kanas Lake Scenic Area Tourism Service Co., Ltd., Burqin County, Altay Prefecture, Xinjiang, People's Republic of China ("Customer")

## Part A – Order Form

### A1. Services ordered

The Customer orders the following cloud services and one-time services. At the Customer's request, all prices are stated and invoiced in Chinese Renminbi (CNY) and include the applicable Chinese taxes.

| Item | Service | Basis | Price (CNY) |
|---|---|---|---|
| 1 | Kanas Booking Suite Professional: online booking engine, e-ticketing, shuttle-bus and boat capacity planning, guide scheduling, up to 80 staff users | 186,000 per subscription year × 2 years | 372,000 |
| 2 | Channel Manager: connectors to four online travel agencies and the Customer's WeChat mini-program | 36,000 per subscription year × 2 years | 72,000 |
| 3 | Setup and onboarding: configuration of products, tariffs, seasons and capacity rules; data import; training | one-time | 48,000 |
| | Total Order Value | | 492,000 |

### A2. Subscription Term

The Subscription Term is 24 months from the Subscription Start Date, which is the date of Go-Live Acceptance under § 5 of the General Terms, and no later than 1 April 2026. The Subscription Term ends on expiry without notice. Any renewal requires a new Order Form signed by both parties.

### A3. Invoicing and payment

(1) The subscription fees and the Channel Manager fees are invoiced annually in advance. The first invoice, covering the first subscription year of Items 1 and 2 and the setup fee of Item 3 (CNY 270,000 in total), is issued on signature of this Order Form and is payable within 10 days of the invoice date, and in any case before the Subscription Start Date.

(2) The second annual invoice (CNY 222,000) is issued on the first anniversary of the Subscription Start Date and is payable within 30 days.

(3) Invoices are payable by bank transfer in CNY to the Provider's collection account in the People's Republic of China named in the invoice.

### A4. Order of precedence

This Order Form and the General Terms in Part B form the agreement between the parties (the "Agreement"). In case of conflict, this Order Form prevails.

## Part B – General Terms and Conditions

### § 1 Subject matter

(1) The Provider makes the Kanas Booking Suite (the "Service") available to the Customer as software-as-a-service over the internet for the Subscription Term, and performs the one-time services ordered.

(2) The Service is hosted in a data centre of a cloud provider in the People's Republic of China (currently in the Urumqi region). The Provider shall not move the hosting outside mainland China.

(3) The Provider may develop the Service further, provided that the functions ordered are not materially reduced.

### § 2 Obligations of the Customer

(1) The Customer shall keep its access credentials secret and ensure that only authorised staff use the Service.

(2) The Customer shall provide the product, tariff and capacity data needed for setup in the formats agreed during onboarding.

### § 3 Availability and service credits

(1) The Provider shall make the Service available at 99.95 % per calendar month, measured at the outlet of the data centre. Planned maintenance announced at least three days in advance and carried out between 01:00 and 05:00 Beijing time is not counted as downtime.

(2) If availability falls below the figure in paragraph 1, the Customer receives a service credit on the next invoice: 5 % of the monthly share of the subscription fee for availability below 99.95 % but at least 99.5 %, 10 % for availability below 99.5 % but at least 99.0 %, and 20 % for availability below 99.0 %.

(3) The Provider shall publish a monthly availability report in the customer portal.

### § 4 Support

(1) Support is provided in English and Chinese by e-mail, telephone and ticket portal from 09:00 to 18:00 Beijing time on working days ("Support Hours"), and during the peak season from 1 June to 15 October also on weekends.

(2) Incidents are classified by the Provider in agreement with the Customer. The Provider responds within the following times during Support Hours: Priority 1 (booking engine or e-ticketing unavailable for all users): 8 hours; Priority 2 (a material function impaired): 2 working days; Priority 3 (other): 5 working days.

(3) The Provider shall use its best endeavours to restore the Service after a Priority 1 incident as quickly as possible and shall keep the Customer informed every two hours.

### § 5 Onboarding and Go-Live Acceptance

(1) The Provider shall complete setup and onboarding within 60 days of the Customer's provision of the data under § 2 (2).

(2) Go-Live Acceptance requires that: (a) all tariffs, seasons and capacity rules for the scenic area, shuttle buses and boats are configured as agreed in the onboarding plan; (b) 200 test bookings, including refunds and group bookings, are processed correctly through each sales channel; (c) e-tickets are validated at the Customer's turnstiles without error; and (d) the Customer's staff have been trained.

(3) The Customer confirms Go-Live Acceptance in writing within five working days after the tests have been passed. Use of the Service before that confirmation is not acceptance.

### § 6 Customer Data

(1) All data that the Customer or its guests enter into the Service, including guest names, identity document numbers, contact details, bookings and payments ("Customer Data"), remain the property of the Customer.

(2) The Provider processes Customer Data solely on the Customer's documented instructions and solely for the purpose of providing the Service under this Agreement. The Provider shall not use Customer Data for any other purpose.

(3) On termination the Provider shall hand over all Customer Data in a common machine-readable format within 30 days and then delete it, and confirm the deletion in writing.

### § 7 Data security

(1) The Provider shall implement appropriate technical and organisational measures, in particular encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all administrative access, and shall maintain the MLPS level-3 filing of the Service.

(2) The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.

(3) The Provider shall notify the Customer of any personal-data breach or security incident affecting Customer Data without undue delay and in any event within 48 hours, shall support the Customer in its reporting duties and shall be responsible for the damage caused by its breach of this § 7.

### § 8 Subcontractors and sub-processors

(1) The Provider may engage subcontractors and sub-processors to perform the Agreement, including hosting, SMS and payment-gateway providers. The current list is published in the customer portal.

(2) The Provider shall inform the Customer by e-mail at least 14 days before engaging a new subcontractor or sub-processor. The Provider remains responsible for its subcontractors as for its own acts.

### § 9 Confidentiality

(1) Each party shall keep confidential all business and trade secrets of the other party that become known to it under the Agreement, and shall use them only to perform the Agreement. This obligation continues for three years after the end of the Agreement.

(2) The obligation does not apply to information that is publicly known or must be disclosed by law or by order of an authority.

### § 10 Rights of use and work results

(1) The Provider grants the Customer a non-exclusive, non-transferable right to use the Service for the Subscription Term.

(2) The tariff structures, product configurations, templates and reports created specifically for the Customer during setup belong to the Customer, which may use, modify and pass them on to third parties without restriction.

### § 11 Delay

If the Provider fails to complete onboarding within the period in § 5 (1) for reasons for which it is responsible, it shall pay the Customer a contractual penalty of CNY 600 for each calendar day of delay, up to a maximum of CNY 30,000. Further claims for damages remain unaffected.

### § 12 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health and for breach of § 6 and § 7.

(2) In other cases the total liability of the Provider under the Agreement is limited to 150 % of the Total Order Value.

### § 13 Term and termination

(1) The Agreement ends on expiry of the Subscription Term.

(2) The right of either party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if the Provider commits a material breach of the Agreement and does not remedy it within 20 days of a written warning, or if availability falls below 99.0 % in two consecutive months.

(3) On termination for good cause by the Customer, the Provider shall refund prepaid fees for the period after termination.

### § 14 Governing law and disputes

(1) At the Customer's request the Agreement is governed by the laws of the People's Republic of China.

(2) Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The language of the proceedings is Chinese.

### § 15 Final provisions

(1) Amendments and supplements to the Agreement must be made in writing. This also applies to any waiver of the written-form requirement.

(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected.

For the Provider: ____________________ Managing Director

For the Customer: ____________________ Legal Representative

Date: ____________ 2025
"""

H160E03 = """SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
SEAWATER QUALITY MONITORING SYSTEM FOR THE LIUAO SEAWEED FARMING AREA

Contract No.: ZPHY-2025-EQ-012

BETWEEN

Zhangpu Haiyun Seaweed Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Liuao Town, Zhangpu County, Zhangzhou, Fujian Province, represented by its legal representative (hereinafter the "Purchaser"),

AND

Guesclin Océan Instrumentation SAS, a French simplified joint-stock company with a share capital of EUR 400,000, registered with the Trade and Companies Register of Saint-Malo, whose registered office is at Fort du Guesclin, Île du Guesclin, 35350 Saint-Coulomb, France, represented by its President (hereinafter the "Contractor"),

hereinafter together the "Parties".

PREAMBLE

The Purchaser farms laver and kelp on long-line rafts off Liuao. To anticipate harmful algal blooms, low dissolved oxygen and nutrient shortages, it wishes to install a network of seawater sensors connected to a monitoring platform. The Contractor was selected after the Purchaser's call for tenders. This Contract is drawn up on the Purchaser's standard form; at the Purchaser's request all prices are expressed and paid in Chinese Renminbi (CNY).

Article 1 - Purpose

1.1 The Contractor shall supply, install, commission and maintain a seawater quality monitoring system (the "System") comprising multi-parameter sensor buoys (temperature, salinity, dissolved oxygen, pH, turbidity and chlorophyll-a), nutrient analysers (nitrate, phosphate and ammonium), wireless gateways and a monitoring platform with alarms and a mobile application.

1.2 The technical specifications, the layout of the monitoring points and the acceptance test plan are set out in Appendices 1 to 3, which form part of this Contract.

Article 2 - Price

2.1 The Contract Price is CNY 1,720,000 (one million seven hundred and twenty thousand), inclusive of all taxes, duties, customs clearance, transport to Liuao, insurance, installation, training and all services during the warranty period. It is broken down as follows:

- Multi-parameter sensor buoys: 14 units x CNY 58,000 = CNY 812,000
- Nutrient analysers: 4 units x CNY 96,500 = CNY 386,000
- LoRa/4G wireless gateways: 6 units x CNY 12,400 = CNY 74,400
- Monitoring platform software, perpetual licence: CNY 228,000
- Equipment and licence subtotal: CNY 1,500,400
- Installation, mooring and commissioning: CNY 176,000
- Calibration, training and documentation: CNY 43,600
- Total: CNY 1,720,000

2.2 The Contract Price is firm and not subject to revision.

Article 3 - Payment

3.1 No advance payment shall be made.

3.2 55% of the Contract Price (CNY 946,000) shall be paid within 30 days after the Purchaser signs the Installation Certificate for all monitoring points. The Installation Certificate records that the equipment has been installed; it does not constitute acceptance.

3.3 45% of the Contract Price (CNY 774,000) shall be paid within 30 days after the Purchaser signs the Final Acceptance Certificate under Article 6.

3.4 Each payment is subject to receipt of a valid Chinese VAT invoice.

Article 4 - Delivery and installation

4.1 The Contractor shall deliver all equipment to the Purchaser's base at Liuao harbour within 75 days of signature and shall complete installation within 30 days after delivery, weather permitting.

4.2 Moorings shall be designed for the typhoon conditions of the Taiwan Strait as specified in Appendix 1. Offshore work shall be carried out with the Purchaser's boats and crews, at the Purchaser's cost, in accordance with the Purchaser's safety rules.

4.3 Periods during which offshore work is impossible because of a typhoon warning or sea state above force 6 extend the installation period accordingly.

Article 5 - Delay penalties

5.1 If the Contractor fails to complete installation by the date in Article 4.1 for reasons attributable to it, it shall pay a penalty of 0.08% of the Contract Price per calendar day of delay, without prior formal notice, up to a maximum of 10% of the Contract Price.

5.2 The penalties may be deducted from any sum due to the Contractor.

Article 6 - Acceptance

6.1 After installation the System shall run for a trial period of 45 consecutive days.

6.2 Final acceptance requires that: (a) every sensor reads within the tolerances of Appendix 1 when checked against laboratory analysis of water samples taken at each monitoring point on three separate days; (b) data from every buoy reach the platform at the configured 10-minute interval, with no gap longer than 6 hours during the trial period; (c) alarms for dissolved oxygen, pH and chlorophyll-a thresholds are triggered and delivered to the mobile application in the tests of Appendix 3; (d) the Purchaser's staff have been trained and the documentation has been delivered in Chinese.

6.3 If these conditions are met, the Purchaser signs the Final Acceptance Certificate within 7 days. Otherwise the Contractor shall remedy the defects at its own cost and the trial period shall be restarted. Neither use of the System nor any payment constitutes acceptance.

Article 7 - Warranty

7.1 The Contractor warrants the System against any defect in design, materials or workmanship, including corrosion and biofouling damage beyond normal wear, for 36 months from the date of the Final Acceptance Certificate.

7.2 During the warranty period the Contractor shall repair or replace any defective item free of charge, including parts, labour, transport and recalibration, and shall carry out two preventive maintenance visits per year, including sensor cleaning and calibration.

7.3 Service levels during the warranty period: for a Priority 1 fault (the platform is unavailable or three or more buoys transmit no data), the Contractor shall respond within 1 hour and have a technician on site within two days, weather permitting; for a Priority 2 fault (one or two buoys transmit no data or show implausible readings), the Contractor shall respond within 8 hours and restore operation within five days.

7.4 For each hour by which a Priority 1 response is late, the Contractor shall pay CNY 800; for each day by which a restoration time is exceeded, the Contractor shall pay CNY 1,500 per affected buoy.

Article 8 - Maintenance after the warranty

8.1 After the warranty period, the Contractor shall offer maintenance of the System for at least five further years.

8.2 The maintenance fee is fixed at 8% of the equipment and licence subtotal per year, namely CNY 120,032 per year, for the fourth and fifth years after final acceptance. It covers the services and service levels described in Article 7. Any later increase shall be agreed in writing and shall not exceed 3% per year.

8.3 Maintenance is ordered year by year by the Purchaser's written order. It does not renew automatically.

Article 9 - Data

9.1 All measurements, alarms, logs and reports produced by the System belong to the Purchaser. The Contractor may use them only to perform this Contract.

9.2 The platform shall be installed on the Purchaser's own server at its Liuao office. The Contractor shall access it remotely only through the Purchaser's VPN, with an individual account and after approval by the Purchaser for each intervention, and shall not copy data outside the Purchaser's systems.

9.3 The Contractor shall keep the System free from malicious code, apply security patches, and inform the Purchaser within 12 hours of any security incident affecting the System or its data. The Contractor is liable for all damage resulting from a breach of this Article.

Article 10 - Confidentiality

10.1 Each Party shall keep strictly confidential all information obtained from the other Party in connection with this Contract, in particular the Purchaser's farm layout, yields and production methods, and shall not disclose it to any third party without prior written consent.

10.2 This obligation survives the termination of the Contract for five years.

Article 11 - Intellectual property

11.1 The Contractor retains the intellectual property in the platform software and grants the Purchaser a perpetual, non-exclusive licence to use it.

11.2 The dashboards, alarm rules, calibration procedures and reports developed specifically for the Purchaser belong to the Purchaser, which may use, modify and communicate them to third parties freely.

Article 12 - Liability

12.1 The total liability of the Contractor under this Contract shall not exceed 200% of the Contract Price, except in the case of fraud, wilful misconduct, personal injury or breach of Articles 9 and 10.

Article 13 - Subcontracting

13.1 The Contractor shall not subcontract any part of the Contract without the prior written consent of the Purchaser. The local marine contractor for mooring installation, if any, must be approved by the Purchaser in writing before any work begins. The Contractor remains fully responsible for its subcontractors.

Article 14 - Termination

14.1 If the Contractor commits a material breach of its obligations and fails to remedy it within 15 days of receiving a formal notice by registered letter or e-mail, the Purchaser may terminate the Contract by written notice, without prejudice to any damages.

14.2 The Purchaser may also terminate the Contract if the delay penalties reach their maximum.

Article 15 - Force majeure

15.1 Neither Party is liable for a failure caused by an event of force majeure, including typhoons of exceptional strength. The Party affected shall notify the other promptly.

Article 16 - Governing law and disputes

16.1 This Contract is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be settled amicably if possible; failing agreement within 30 days, it shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final.

Article 17 - Miscellaneous

17.1 This Contract is made in Chinese and English; both versions are equally authentic. It enters into force on signature by both Parties.

Done at Zhangpu, on ____________ 2025, in four originals.

For the Purchaser: ____________________

For the Contractor: ____________________
"""

H160E04 = """
T:Managed IT Services Agreement
P:between MINGULAY MANAGED IT LIMITED, incorporated under the Companies Acts in Scotland (registered number SC704512) and having its registered office at The Old Schoolhouse, Mingulay, Isle of Barra, HS9 5XX, Scotland (the "Provider"); and JIANGXI GANJIANG MEDICAL DEVICES DISTRIBUTION CO., LTD., a company established in the People's Republic of China and having its registered address at 566 Ziyang Avenue, Gaoxin District, Nanchang, Jiangxi (the "Customer").
P:The Customer distributes medical devices and consumables to hospitals in Jiangxi and must keep complete traceability records under the Good Supply Practice for medical devices. It wishes to outsource the operation of its servers, network and end-user support to the Provider. At the Customer's request all charges are stated and payable in Chinese Renminbi (CNY). The parties therefore agree as follows.
H:1. DEFINITIONS
P:1.1 In this Agreement: "Services" means the managed infrastructure services and desktop support services described in Schedule 1; "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate; "Term" means the period of 24 months from the Service Commencement Date; "Customer Data" means all data of the Customer or its customers processed by the Provider, including warehouse, batch and serial-number traceability records, hospital customer details and employee data; "Total Contract Value" means CNY 1,600,000.
H:2. SERVICES
P:2.1 The Provider shall provide: (a) monitoring, patching, backup and administration of the Customer's 22 servers, storage and virtualisation platform at its Nanchang head office and of its tenancy with a mainland cloud provider; (b) management of the Customer's network, firewalls and VPN links to its three warehouses; (c) a service desk in Chinese and English; and (d) desktop and on-site support for up to 260 users at the head office and the warehouses.
P:2.2 The Provider shall station two engineers at the Customer's Nanchang head office during business hours and shall provide remote cover outside business hours every day of the year.
H:3. TRANSITION
P:3.1 The Provider shall complete the transition of the Services from the Customer's internal team within 45 days after signature of this Agreement, in accordance with the transition plan in Schedule 3.
P:3.2 Transition Acceptance requires that: (a) a complete inventory of hardware, software and accounts has been approved by the Customer; (b) all in-scope devices are under monitoring; (c) a full restore of the warehouse management system from backup has been tested successfully; (d) runbooks for every in-scope system have been approved by the Customer; and (e) the Provider has run the service desk in parallel with the Customer's team for 10 working days without a missed Priority 1 target.
P:3.3 The Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met. The Provider's start of work does not by itself constitute acceptance.
P:3.4 If Transition Acceptance is delayed beyond the period in clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to a maximum of CNY 80,000.
H:4. CHARGES AND PAYMENT
P:4.1 The charges are: (a) managed infrastructure services, CNY 38,500 per month; (b) desktop support, 260 users at CNY 95 per user per month, CNY 24,700 per month; the monthly charge therefore amounts to CNY 63,200, or CNY 1,516,800 over the Term; and (c) a one-off transition fee of CNY 83,200. The Total Contract Value is CNY 1,600,000.
P:4.2 The transition fee shall be invoiced on Transition Acceptance. The monthly charge shall be invoiced monthly in arrears. No sum is payable in advance.
P:4.3 Invoices are payable within 30 days of receipt of a valid Chinese VAT invoice. Service credits under clause 5 shall be deducted from the next invoice.
P:4.4 Users in excess of 260 are charged at CNY 95 per user per month, pro rata; a reduction of more than 10% in the number of users reduces the desktop support charge accordingly.
H:5. SERVICE LEVELS AND SERVICE CREDITS
P:5.1 The Provider shall meet the following service levels, measured monthly: availability of the warehouse management system, ERP and e-mail servers of at least 99.95% per month, excluding agreed maintenance windows; Priority 1 incidents (a core system unavailable or a warehouse unable to ship): response within 30 minutes and restoration within 6 hours; Priority 2 incidents (a core system degraded, or a warehouse site with no network): response within 1 hour and restoration within 8 hours; Priority 3 incidents (a single user affected): response within 2 business hours and resolution by the next business day.
P:5.2 If the Provider fails to meet a service level in any month, the Customer shall be entitled to service credits as follows: 5% of the monthly charge for each Priority 1 incident whose response or restoration target was missed; 5% of the monthly charge if availability falls below 99.95% and 10% if it falls below 99.5%; 2% of the monthly charge if fewer than 90% of Priority 3 incidents are resolved on time. Service credits in a month shall not exceed 25% of the monthly charge.
P:5.3 Service credits are without prejudice to the Customer's other rights, including termination under clause 12.
P:5.4 The Provider shall deliver a monthly service report within five working days after each month end, showing performance against each service level.
H:6. CUSTOMER DATA AND SECURITY
P:6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's instructions and only for the purpose of providing the Services, and shall not copy, retain or disclose it for any other purpose.
P:6.2 Customer Data shall remain in the Customer's head office, its warehouses and its mainland China cloud tenancy. The Provider's staff shall access the Customer's systems through the Customer's privileged-access system with individual accounts and multi-factor authentication; all sessions are recorded. The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China and with the Customer's information-security policies.
P:6.3 The Provider shall notify the Customer within 12 hours of becoming aware of any actual or suspected security incident affecting Customer Data, shall take all reasonable steps to contain it and shall co-operate with any report to the authorities. The Provider shall be responsible for all losses, fines and costs arising from a security incident caused by its breach of this clause.
P:6.4 On expiry or termination the Provider shall return all Customer Data, credentials and documentation and securely delete any copies held by it, and shall certify the deletion in writing.
H:7. CONFIDENTIALITY
P:7.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including the Customer's supplier and hospital price terms, and shall not disclose it to any third party without the other party's prior written consent, save as required by law. This clause survives termination for five years.
H:8. INTELLECTUAL PROPERTY
P:8.1 Runbooks, scripts, configuration records, network diagrams and reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider without restriction.
P:8.2 The Provider's pre-existing tools and know-how remain its own property; the Provider grants the Customer a free licence to use any of them that are embedded in the deliverables in clause 8.1.
H:9. STAFF AND SUBCONTRACTING
P:9.1 The Provider shall ensure that its personnel are properly qualified and vetted and comply with the Customer's site rules.
P:9.2 The Provider shall not subcontract the performance of any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor as if they were its own.
H:10. LIABILITY
P:10.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of clause 6.
P:10.2 Subject to clause 10.1, the Provider's total liability arising under or in connection with this Agreement, whether in contract, delict (including negligence) or otherwise, shall not exceed 150% of the Total Contract Value.
P:10.3 Neither party shall be liable for indirect or consequential loss or for loss of profit.
H:11. TERM AND RENEWAL
P:11.1 This Agreement comes into force on signature and continues until the end of the Term.
P:11.2 This Agreement does not renew automatically. Any extension shall be agreed in writing, and the parties shall begin discussions no later than three months before the end of the Term.
H:12. TERMINATION
P:12.1 The Customer may terminate this Agreement by written notice with immediate effect if the Provider commits a material breach which is not remedied within 20 days after written notice requiring it to be remedied, or if the Provider misses the Priority 1 targets in three months within any period of six consecutive months.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent or enters into administration or liquidation.
P:12.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2 so that the Services pass to the Customer or a successor provider without interruption.
H:13. GOVERNING LAW AND JURISDICTION
P:13.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.
P:13.2 The parties submit to the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.
H:14. GENERAL
P:14.1 This Agreement, with its Schedules, constitutes the whole agreement between the parties. No variation shall be effective unless in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:14.2 This Agreement is executed in English and Chinese. In case of inconsistency the English text prevails.
P:IN WITNESS WHEREOF these presents are executed as follows: subscribed for and on behalf of Mingulay Managed IT Limited at Castlebay on ____________ 2025 by ____________________, Director; and subscribed for and on behalf of the Customer at Nanchang on ____________ 2025 by ____________________, Legal Representative.
P:Schedule 1: Service description. Schedule 2: Rates for additional work. Schedule 3: Transition plan.
"""

H160E05 = """API SUBSCRIPTION AND INTEGRATION AGREEMENT
EXPORT DOCUMENTATION SERVICES

Between

MARTANA DATI S.r.l., with registered office at Isola Martana, 01010 Marta (VT), Italy, tax code and VAT number 02198340561, registered with the Companies Register of Viterbo, REA No. VT-158203, share capital EUR 50,000 fully paid, in the person of its legal representative pro tempore (hereinafter the "Provider")

and

SHOUGUANG LUYUAN VEGETABLE IMPORT AND EXPORT CO., LTD., with registered office at Sunjiaji Street, Shouguang, Weifang, Shandong Province, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(the Provider and the Customer together the "Parties")

WHEREAS

(a) the Customer exports fresh and processed vegetables from Shouguang to Japan, Korea, Southeast Asia and the European Union and prepares for each shipment phytosanitary, origin and commercial documents;

(b) the Provider operates an application programming interface (the "API") which validates shipment data against the requirements of the importing countries and generates draft export documents, including packing lists, commercial invoices, certificate-of-origin data and the data set for the phytosanitary certificate application;

(c) the Customer wishes to subscribe to the API and to have it integrated with its ERP system and its customs declaration software; at the Customer's request the fees are expressed and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and annexes)
1.1 The recitals and the annexes form an integral and substantial part of this Agreement: Annex A (API description and quotas), Annex B (Integration specification), Annex C (Acceptance tests).

Art. 2 (Subject matter)
2.1 The Provider grants the Customer access to the API for the Initial Term, with a quota of 9,000 document sets per year, and performs the integration of the API with the Customer's ERP system and customs declaration software (the "Integration") as described in Annex B.
2.2 Document sets beyond the annual quota are charged at CNY 6 each, invoiced quarterly in arrears.
2.3 The Customer shall provide the Provider with test access to its ERP system and customs declaration software, the historical shipment data needed for the acceptance tests and a contact person with adequate authority.
2.4 The Provider shall keep the rules of the importing countries used by the API up to date and shall inform the Customer by e-mail of material changes to the requirements of the Customer's main destination countries within five working days after their publication.

Art. 3 (Term and renewal)
3.1 The subscription has an initial term of 36 months from the Go-Live Date (the "Initial Term").
3.2 On expiry of the Initial Term, the subscription is tacitly renewed for successive periods of one year each, unless either Party gives notice of non-renewal by registered letter or certified e-mail (PEC) at least 60 days before the expiry date.
3.3 For each renewal period the Provider may update the subscription fee, by notice given at least 30 days before the renewal, by up to 7% of the fee applicable in the preceding period.

Art. 4 (Fees)
4.1 The fees are as follows:
- API subscription: CNY 12,000 per month, i.e. CNY 36,000 per quarter and CNY 432,000 for the Initial Term;
- Integration with the ERP system and customs declaration software: CNY 138,000, one-time;
- Training of the Customer's documentation staff: CNY 10,000, one-time.
4.2 The total value of this Agreement for the Initial Term is CNY 580,000, inclusive of applicable taxes.

Art. 5 (Invoicing and payment)
5.1 No advance payment is due.
5.2 The subscription fee is invoiced quarterly in arrears. The Integration and training fees are invoiced after the signature of the acceptance report under Art. 8.
5.3 Invoices are payable within 30 days of receipt by bank transfer to the Provider's account in CNY.

Art. 6 (Service levels)
6.1 The Provider shall make the API available at 99.95% per calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out outside the Customer's working hours.
6.2 Support is provided from 08:00 to 20:00 China Standard Time, Monday to Saturday. Response times: Priority 1 (API not reachable or all document generation failing): 1 hour; Priority 2 (generation failing for one destination country or document type): 6 hours; Priority 3: two working days.
6.3 The service levels in this article are objectives. Failure to achieve them does not give rise to service credits, price reductions, penalties or damages, and the Customer's sole remedy is to require the Provider to restore the service with the utmost diligence.
6.4 The Provider shall publish a monthly availability report.

Art. 7 (Integration)
7.1 The Provider shall complete the Integration and make the API available in production (the "Go-Live Date") within 70 days of signature of this Agreement.
7.2 The Provider shall appoint a project manager who speaks Chinese and shall report on the progress of the Integration every week.
7.3 If the Go-Live Date is delayed for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 500 for each day of delay, up to a maximum of CNY 25,000, without prejudice to compensation for greater damage.

Art. 8 (Acceptance)
8.1 Before the Go-Live Date, the Parties shall carry out the acceptance tests in Annex C, which include: (a) generation of complete document sets for 50 historical shipments to at least six destination countries, checked by the Customer's documentation department without error; (b) automatic transfer of shipment data from the ERP system and of the generated data to the customs declaration software; (c) correct rejection of shipments that do not meet the requirements of the importing country, with an explanation; (d) response time of the API below 3 seconds for 95% of calls.
8.2 When the tests are passed, the Parties sign an acceptance report. Use of the API in production before the acceptance report does not constitute acceptance.

Art. 9 (Customer data)
9.1 Shipment data, customer and consignee data, prices and documents transmitted to or generated by the API (the "Customer Data") are the exclusive property of the Customer. The Provider processes them only to perform this Agreement and shall not use them for any other purpose, including statistical or commercial purposes.
9.2 The API used by the Customer is hosted in a data centre in the People's Republic of China. Customer Data shall not be transferred outside mainland China.
9.3 The Provider shall adopt appropriate security measures, including encryption in transit and at rest, access control with multi-factor authentication, logging and regular penetration testing, in compliance with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.
9.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall cooperate in its remediation and shall be responsible for the damages caused by its breach of this article.

Art. 10 (Confidentiality)
10.1 Each Party undertakes to keep confidential all information received from the other Party in the performance of this Agreement and not to disclose it to third parties without the prior written consent of the other Party. This obligation survives for three years after the termination of the Agreement.

Art. 11 (Intellectual property)
11.1 The API and its documentation remain the exclusive property of the Provider.
11.2 The connectors, data mappings and scripts developed for the Customer in the Integration belong to the Customer, which may use, modify and entrust them to third parties freely. The Provider shall deliver them with their source code.

Art. 12 (Limitation of liability)
12.1 Except in cases of wilful misconduct or gross negligence (dolo o colpa grave) and breach of Art. 9, the total liability of the Provider under this Agreement shall not exceed the fees actually paid by the Customer in the six months preceding the event giving rise to the claim.
12.2 The Provider shall not be liable for delays of customs or phytosanitary authorities or for rejections decided by the authorities of the importing country.

Art. 13 (Subcontracting)
13.1 The Provider shall not subcontract the performance of this Agreement, in whole or in part, without the prior written consent of the Customer. The hosting provider named in Annex A is approved by the Customer with the signature of this Agreement.

Art. 14 (Termination)
14.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days of a written request to do so, in addition to the right to claim damages.
14.2 On termination the Provider shall return the Customer Data in a standard format within 30 days and then delete it.

Art. 15 (Governing law and disputes)
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising from this Agreement shall be submitted to the Weifang Arbitration Commission for arbitration in accordance with its rules.

Art. 16 (Force majeure)
16.1 Neither Party shall be liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of authorities or general failures of public telecommunication networks, provided that it notifies the other Party promptly and takes all reasonable steps to limit the consequences.

Art. 17 (Final provisions)
17.1 Any amendment to this Agreement must be made in writing. Notices shall be sent to the addresses stated above. This Agreement is signed in two originals in English and Chinese.

Marta / Shouguang, ____________ 2025

The Provider: ____________________          The Customer: ____________________

Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves Articles 3 (Term and renewal), 6.3 (Service levels) and 12 (Limitation of liability).

The Customer: ____________________
"""

SOURCES = {"h160z01": H160Z01, "h160z02": H160Z02, "h160e01": H160E01, "h160e04": H160E04}
TARGETS = {"h160z01": ("h160z01_provincial_finance_risk_monitoring_platform.docx", "docx"),
           "h160z02": ("h160z02_tyre_cord_defect_inspection_system.pdf", "pdf"),
           "h160e01": ("h160e01_window_configurator_licence_irish_vendor.docx", "docx"),
           "h160e04": ("h160e04_managed_it_desktop_support_scottish_provider.pdf", "pdf")}
TEXTS = {"h160z03_childrens_dental_clinic_saas.md": H160Z03,
         "h160z04_public_bicycle_dispatch_om_service.txt": H160Z04,
         "h160z05_preserved_duck_qms_supplier_template.md": H160Z05,
         "h160e02_kanas_booking_saas_order_form_german_vendor.md": H160E02,
         "h160e03_seaweed_farm_seawater_sensors.txt": H160E03,
         "h160e05_export_document_api_italian_vendor.txt": H160E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
