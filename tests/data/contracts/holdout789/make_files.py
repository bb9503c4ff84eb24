"""holdout789: builds the ten blind held-out drafts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built from a small markup by ../word_pdf.py (PDF lines broken at word boundaries). Then every file is read back and
checked: lengths, threshold figures (regex, self-tested), label values against thresholds, the rules derived from the
labels against the design list, and the coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:滨海市互花米草治理监测平台采购合同
P:合同编号：BHZR-ZFCG-2027-018
P:采购项目编号：BH2027-GK-0043（公开招标）
P:甲方（采购人）：滨海市自然资源局
P:乙方（供应商）：江苏蓝湾遥感信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，订立本合同。招标文件、投标文件、中标通知书及乙方的澄清承诺均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“互花米草治理监测平台”软件许可，并完成定制开发、数据整合及实施培训，使平台能够支撑全市滨海湿地互花米草的遥感识别、分布变化监测、治理工程台账管理和治理成效评估。
P:1.2 定制开发内容包括：互花米草遥感识别模型（基于甲方提供的多期卫星影像及无人机航拍样本训练）、监测“一张图”、治理工程台账与进度填报、复萌巡查移动端、成效评估报表及与省级国土空间基础信息平台的接口。
P:1.3 数据整合内容包括：2019年以来的历史影像、外业调查点位、治理图斑及各镇街填报数据的清洗、坐标统一与入库。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾玖万元整（¥1,690,000.00），为固定总价，含税及乙方完成本合同所需的全部费用。
P:2.2 价款构成：平台软件许可费¥860,000.00；定制开发费¥624,000.00；数据整合费¥148,000.00；实施及培训费¥58,000.00。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥338,000.00。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥760,500.00。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥591,500.00。
P:3.4 乙方应在合同签订后七日内提交合同总价5%的履约保函，保函有效期至最终验收合格后三十日。
P:3.5 乙方每次请款前应开具合法有效的增值税发票。甲方按照国库集中支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日试运行期满时提交最终验收申请。
P:4.2 乙方应按双方确认的实施计划推进，每两周向甲方提交进度报告，并派驻不少于三名具有遥感或地理信息专业背景的实施人员，项目经理未经甲方同意不得更换。
P:4.3 甲方负责提供政务云资源、影像数据及必要的办公条件；乙方应在进场后十日内提交资源需求清单，因甲方资源未按时到位造成的延误，交付期限相应顺延。
P:4.4 乙方应为甲方及各镇街用户提供不少于两期集中培训和一期外业移动端现场培训，培训教材归甲方使用。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；遥感识别模型在甲方抽取的验证样区内识别总体精度不低于92%，面积误差不超过8%；一张图加载全市图层响应时间不超过3秒；与省级平台接口连续运行五日无错误。
P:5.2 最终验收标准：试运行期内无一级故障，历史数据入库完整并与原始台账逐项核对一致，第三方等级保护测评无高风险问题，用户手册、运维手册及源代码已移交。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线、甲方试用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型年度复训及技术支持。
P:6.2 质保期内乙方每季度对识别模型进行一次精度复核，发现精度下降时应免费复训并重新部署，复核报告提交甲方备案。
P:6.3 质保期满后，如甲方需要，乙方提供年度运维服务，年度运维费不超过平台软件许可费的7%（即每年不超过¥60,200.00），且质保期满后三年内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非工作时间。
P:7.2 一级故障（平台无法访问或监测数据无法更新）乙方应在30分钟内响应，2小时内到场或远程介入，8小时内恢复；二级故障2小时内响应，次工作日内解决。
P:7.3 响应或恢复每超时1小时，扣减当期运维或质保金¥800；月度可用率每低于约定0.01个百分点，扣减¥1,500。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍属乙方，甲方取得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的识别模型参数、接口程序、报表、移动端及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 本项目涉及的影像、调查数据、治理图斑及平台运行数据均属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应落实网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，数据传输和存储须加密。
P:9.3 乙方人员须签署保密及数据安全承诺书，项目结束或人员撤离时，乙方应将其掌握的全部甲方数据交还并在甲方监督下彻底删除，出具删除记录。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，由此造成的损失由乙方承担。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、涉密图件及未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方逾期超过六十日，或交付成果两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同项下任何工作转交第三方完成。
H:第十四条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同。
P:13.2 合同解除后，乙方应在十日内移交已完成的成果、源代码和全部甲方数据，甲方按已验收部分据实结算，乙方仍应承担相应违约责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，根据影响程度部分或全部免除责任；不可抗力消除后应继续履行。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力，但不得违背招标文件的实质性内容。
P:16.2 双方指定的联系人及地址见合同首页，书面通知送达该地址即视为送达。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨海市自然资源局　　乙方（盖章）：江苏蓝湾遥感信息技术有限公司
"""

SRC["z02"] = """T:拉丝绕丝生产线电气控制系统改造及维保合同
P:合同编号：HX-SB-2027-0316
P:甲方：河北恒鑫清洁用品有限公司（钢丝球厂）
P:乙方：保定智拓自动化工程有限公司
P:甲方现有两条钢丝拉丝及绕丝生产线控制系统老化，断丝频繁、张力波动大。为提高成品率，甲方委托乙方对两条线的电气控制系统进行改造，并在质保期满后提供维保服务。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条生产线（各含粗拉、中拉、细拉三段及六台绕丝机）的电气控制系统改造，包括PLC及伺服驱动更换、张力闭环控制、绕丝机控制柜改造、人机界面及工控机、生产数据采集软件的供货、安装、编程、调试和培训。
P:1.2 乙方为甲方定制开发的PLC程序、张力控制算法参数、HMI画面及数据采集接口，应满足甲方提供的工艺要求（线径0.08至0.15毫米，拉丝速度不低于每分钟900米）。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾万元整（¥1,200,000.00），含设备、软件、运输、安装调试、培训及税费。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及伺服驱动系统|2套|486,000
TB:2|张力闭环控制系统|2套|218,000
TB:3|绕丝机控制柜改造|12台|174,000
TB:4|HMI触摸屏及工控机|2套|92,000
TB:5|生产数据采集软件许可（永久）|1套|126,000
TB:|软硬件小计||1,096,000
TB:6|安装调试及联动试车|1项|84,000
TB:7|操作及维护培训|1项|20,000
TB:|合同总价||1,200,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或汇率变化调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款（¥240,000）。
P:3.2 设备全部到货并经双方清点签收后，甲方支付合同总价的35%（¥420,000）。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 两条生产线均通过最终验收后，甲方支付合同总价的45%（¥540,000）。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同生效后四十五日内完成设备到货，并利用甲方安排的停产检修窗口（每条线不超过七日）完成安装和调试。
P:4.2 乙方应提前提交停机施工方案，经甲方生产部确认后实施，不得影响另一条生产线的正常生产。
P:4.3 甲方负责提供施工用电、临时存放场地及现有设备图纸资料，并安排工艺人员配合调试。
H:第五条 验收
P:5.1 每条生产线调试完成后进行七十二小时连续带料试运行。验收标准为：细拉段断丝率较改造前下降不少于六成；张力波动不超过设定值的±3%；绕丝成品单卷重量偏差不超过±2克；数据采集软件对产量、速度、断丝次数的采集准确，与人工记录核对误差不超过1%。
P:5.2 验收时乙方应提交电气图纸、PLC及HMI源程序、参数清单、设备说明书、操作规程和培训记录，资料不全的不予验收。
P:5.3 试运行合格后，双方签署最终验收证书。安装完成或甲方投入生产，均不视为验收合格；验收不合格的，乙方应在十日内整改并重新试运行。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为故障，乙方免费维修或更换，并免费提供程序优化。
P:6.2 质保期满后，乙方提供年度维保服务，内容包括每季度一次预防性巡检、备件更换、程序备份与优化及故障抢修。年度维保费按软硬件小计的24%计取，即每年¥263,040，自质保期满之日起五年内不作上调。
P:6.3 维保费按年度在每个维保年度结束后支付。
P:6.4 乙方应在甲方现场储备一套伺服驱动器、张力传感器及常用继电器等关键备件，备件费用已包含在合同价款和维保费内，使用后由乙方在七日内补齐。
P:6.5 维保期内乙方每季度提交巡检报告，列明设备状态、隐患及处理建议。
H:第七条 服务响应
P:7.1 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单台设备停机）2小时内响应，次日内解决。
P:7.2 乙方应开通7×24小时服务热线并指定驻地工程师，故障处理完毕后两个工作日内提交故障分析报告，说明原因、处理过程及预防措施。
P:7.3 响应或到场每超时1小时，乙方向甲方支付¥500；因乙方原因导致整线停机超过八小时的，每超过1小时另支付¥1,000。
H:第八条 知识产权
P:8.1 设备内置软件及数据采集软件的知识产权归原权利人，甲方取得永久使用许可。
P:8.2 乙方为本项目定制的PLC程序、算法参数、HMI画面及接口程序，知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人维护。
H:第九条 数据安全
P:9.1 生产数据、工艺参数及配方属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:9.2 乙方远程维护须事先取得甲方同意，并通过甲方提供的加密通道进行；发生数据泄露或因乙方原因导致的数据丢失，乙方应在2小时内通知甲方，并赔偿由此造成的损失。
H:第十条 保密
P:乙方对甲方的工艺参数、生产数据及经营信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后五年。乙方不得以本项目名称、工艺数据或现场照片进行宣传，确需作为案例展示的，应事先取得甲方书面同意。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方施工原因导致甲方停产超出约定窗口的，乙方应赔偿甲方的直接损失。
P:11.3 乙方交付的设备或软件与技术协议不符的，甲方有权要求更换、重做或相应减少价款；经两次整改仍不合格的，甲方可解除合同。
P:11.4 甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
H:第十二条 安全生产与现场管理
P:12.1 乙方进场人员应具备电工作业等相应资格证书，遵守甲方的安全生产、防火和劳动纪律规定，动火、登高及带电作业须办理甲方作业票。
P:12.2 乙方应为进场人员购买意外伤害保险。因乙方违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:12.3 施工完毕后乙方应清理现场，拆除的旧控制柜及电缆按甲方指定地点堆放，旧PLC程序应备份交甲方保存。
H:第十三条 分包
P:乙方不得转包。电缆敷设等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交保定仲裁委员会仲裁。
H:第十六条 不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:17.1 本合同附件包括技术协议、设备清单、停机施工方案和验收记录表，附件与本合同具有同等效力。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河北恒鑫清洁用品有限公司　　乙方（盖章）：保定智拓自动化工程有限公司
"""

SRC["z03"] = """连锁门店预约与会员管理SaaS服务及实施合同

合同编号：YM-SaaS-2027-009
甲方：杭州悦母产后康复管理有限公司（下称“甲方”，旗下45家产后修复门店）
乙方：上海云约信息科技有限公司（下称“乙方”）

甲方拟统一各门店的线上预约、技师排班、会员储值及疗程管理，乙方提供“云约门店”SaaS服务及实施服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）SaaS订阅服务
1. 乙方为甲方45家门店开通“云约门店”连锁版，包括小程序预约、技师与房间排班、会员档案、储值卡与疗程卡、产康评估问卷、营销活动、总部经营报表等模块。
2. 每家门店含8个员工账号，总部含20个管理账号，小程序访问量不设上限。
（二）实施服务
1. 历史会员、储值余额及剩余疗程数据从甲方原收银系统迁移至本系统，迁移后逐门店核对。
2. 按甲方品牌配置小程序页面、会员等级及积分规则，开发与甲方企业微信和财务系统的对接接口。
3. 对各门店店长、前台及技师进行分批培训，并提供上线首月驻场支持。
4. 乙方应指定一名实施项目经理，负责编制实施计划、协调各门店上线顺序，每周向甲方运营部书面汇报进度和问题清单。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每一服务年度为上线验收之日起连续的一年。
（二）服务期满，本合同自动续期一个服务年度，续期次数不限，除非任一方在期满前三十日书面通知不续期。续期时，乙方有权根据市场情况上调年度服务费，上调幅度不超过上一服务年度费用的8%，甲方未在期满前提出不续期的，视为接受调整后的价格。

三、费用及支付
（一）费用构成
1. SaaS年度服务费：每家门店每服务年度人民币6,800元，45家门店合计每服务年度306,000元，两个服务年度合计612,000元。
2. 实施费（一次性）：86,000元。
3. 合同总价：698,000元（含税）。
（二）支付方式
1. 实施费在上线验收合格后十个工作日内一次性支付。
2. 第一服务年度服务费在上线验收合格后十个工作日内支付；第二服务年度服务费在该服务年度开始后十个工作日内支付。
3. 甲方不向乙方支付任何预付款。乙方应在付款前开具增值税专用发票。
（三）上述费用已包含系统升级、日常运维、数据备份、短信以外的全部服务费用；营销短信按实际发送量另行结算，不计入合同总价。
（四）服务期内门店数量增加的，新增门店按每店每服务年度6,800元按月折算计费；门店关闭的，自次月起减少相应费用。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、配置、接口开发和培训，提交上线验收申请。
（二）上线验收标准：
1. 会员档案、储值余额及剩余疗程次数与原系统逐门店核对一致，差错为零；
2. 小程序预约、排班、核销、储值等功能按需求清单逐项测试通过；
3. 高峰时段200个并发预约下页面响应时间不超过2秒；
4. 企业微信及财务系统接口连续七日对账无差异。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。门店试用或系统上线均不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新申请验收，整改期间不计入服务年度。
（五）乙方应在验收时提交数据迁移核对报告、配置说明、接口文档、管理员手册及培训签到记录。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前两个工作日通知，并安排在晚间二十三时至次日六时之间。
（二）故障分级及响应：一级故障（小程序无法预约或收银核销中断）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；一般问题次工作日答复。
（三）服务补偿：月度可用率每低于约定0.02个百分点，按当月服务费的5%给予服务抵扣；一级故障响应每超时1小时，抵扣1,000元，抵扣金额在下期服务费中扣除。

（四）乙方应按月向甲方提交服务报告，内容包括可用率、故障清单及处理情况、工单统计和优化建议；每季度与甲方召开一次服务回顾会议。
（五）乙方应提供工作日九时至二十一时的在线客服和电话支持，门店营业高峰的节假日期间安排专人值守。

六、知识产权
（一）“云约门店”平台及其标准功能的知识产权属于乙方，甲方在服务期内享有使用权。
（二）为甲方定制的小程序页面、积分规则配置、对接接口程序及其文档归甲方所有，甲方可自行或委托第三方使用和修改。

七、数据权属与数据安全
（一）甲方会员的个人信息、产后健康评估记录、消费及储值数据均属于甲方。
（二）乙方有权对甲方数据进行去标识化处理后，汇总用于乙方产品功能改进、行业经营分析报告及市场推广，该使用权在合同终止后继续有效。
（三）乙方应按照《个人信息保护法》及网络安全等级保护三级要求保护数据，采取加密存储、访问权限控制和操作日志审计等措施。发生数据泄露的，乙方应在2小时内通知甲方，配合处理并承担由此造成的损失。
（四）合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。

（五）甲方负责管理本方账号和密码，员工离职时应及时停用其账号；乙方应提供按门店、岗位分配权限的功能，并保留账号登录及导出操作日志不少于六个月。

八、保密
双方对在合作中知悉的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。

九、第三方服务
乙方可将短信通道、小程序运维及门店扫码设备安装等工作委托第三方完成，提前五个工作日书面通知甲方即可，乙方对第三方的工作承担责任。

十、违约责任
（一）因乙方原因未能按期提交上线验收的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
（二）上线后因乙方原因导致储值余额或疗程次数错误的，乙方应在一个工作日内核实更正，并赔偿甲方因此向会员作出的补偿。
（三）任何一方违反保密或数据安全义务的，应赔偿对方由此遭受的全部损失。
（四）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期间的费用。
（二）一个服务年度内发生三次以上一级故障的，甲方有权解除合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、不可抗力
因地震、洪水、公共卫生事件等不可抗力或基础电信运营商大面积网络中断导致服务中断的，受影响一方不承担违约责任，但应及时通知对方并尽力减少损失。

十四、其他
（一）双方的业务联系人及通知地址以合同附件为准，变更的应提前书面通知对方。
（二）本合同附件包括需求清单、门店清单、服务水平说明及数据迁移方案，与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州悦母产后康复管理有限公司
乙方（盖章）：上海云约信息科技有限公司
签订日期：2027年3月8日
"""

SRC["z04"] = """明州眼科医院门诊与手术排程系统年度运维服务合同

项目名称：门诊与手术排程系统年度运维服务（竞争性磋商）
项目编号：MZYK-CS-2027-011
合同编号：MZYK-YW-2027-027
甲方（采购人）：明州眼科医院
乙方（成交供应商）：宁波视界医疗信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就门诊与手术排程系统的年度运维服务，订立本合同。

第一条 服务范围
1. 运维对象为甲方在用的门诊与手术排程系统，包括门诊号源与分时段预约、检查排队叫号、手术申请与手术间排程、麻醉及器械准备提示、术后复诊提醒等模块，以及与医院信息系统（HIS）、电子病历、检查设备工作站和短信平台的接口。
2. 服务内容包括：系统日常巡检与监控、故障处理、数据库维护与备份、接口维护、操作系统及中间件补丁更新、系统小版本升级、用户培训与咨询、每年两次应急演练，以及配合医院等级评审和互联互通测评的系统调整。
3. 乙方派驻一名驻场工程师，工作日八时至十七时在院值守；其他时间提供电话和远程支持，节假日门诊开放期间安排专人值班。

4. 乙方应建立运维台账，按月提交运维报告，内容包括系统运行情况、可用率统计、故障及处理记录、变更记录、备份检查结果、存在风险及改进建议。

5. 乙方应在合同签订后十日内制定系统应急预案，明确故障切换、手工排程替代流程和各方职责，经甲方确认后执行。

第二条 服务期限
服务期一年，自2027年4月1日起至2028年3月31日止。服务期满，本合同终止；如需继续服务，由甲方依法另行采购。

第三条 合同金额及支付
1. 本合同服务费总额为人民币叁拾捌万陆仟元整（¥386,000.00），含税及完成全部服务所需的人工、差旅、工具和备品费用。
2. 服务费按季度支付，每季度¥96,500.00。每季度结束后，甲方根据当季服务考核结果在十五个工作日内支付该季度服务费，并扣除按本合同约定应扣减的金额。
3. 本合同不设预付款。乙方应在每次付款前开具合法有效的发票。
4. 服务期内甲方新增排程相关模块或接口需要运维的，由双方另行协商，按响应文件中的人天单价计费；单价在服务期内不作调整。

第四条 服务水平
1. 系统可用率：服务期内系统月度可用率不低于99.5%（计划内维护时间除外）。可用率＝（当月总分钟数－非计划停机分钟数）÷当月总分钟数。
2. 故障分级：一级故障指门诊预约、叫号或手术排程功能全院不可用；二级故障指部分科室或单个接口不可用；三级故障指不影响业务的一般问题。
3. 响应与恢复：一级故障乙方应在15分钟内响应，1小时内到场处理，3小时内恢复；二级故障30分钟内响应，当日内恢复；三级故障次工作日内解决。
4. 数据备份：数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的异地备份设备，乙方每月进行一次恢复测试并记录结果。
5. 计划内维护须提前三个工作日书面申请，经甲方信息科同意后，在夜间二十二时至次日六时之间进行。

第五条 考核与扣减
1. 甲方信息科每季度按本合同第四条对乙方服务进行考核，形成季度考核记录，双方签字确认。
2. 月度可用率每低于约定0.1个百分点，扣减当季服务费¥2,000；一级故障响应或恢复每超时1小时扣减¥1,500；二级故障每超时1小时扣减¥500。
3. 同一季度扣减金额不超过当季服务费的一半，超出部分不再扣减，但不影响甲方依本合同其他条款追究乙方责任。

第六条 服务验收
1. 服务期满后，甲方组织年度服务验收。验收标准为：四个季度考核记录完整；全年累计月度可用率达标的月份不少于十个；全年无因乙方原因导致的数据丢失；应急演练两次且均形成报告；运维文档、巡检记录、变更记录和数据库备份记录完整移交。
2. 乙方应在服务期满前十五日提交年度运维总结报告及验收申请，甲方在收到后十个工作日内组织验收。
3. 验收合格后出具书面验收报告；验收不合格的，乙方应在十五日内整改，整改期间不收取费用。

第七条 专项任务与违约金
1. 服务期内，乙方应按附件所列计划完成下列专项任务：手术排程与新一代麻醉信息系统的接口改造（2027年6月30日前）、互联网医院预约号源对接（2027年9月30日前）。
2. 乙方未按计划完成专项任务，或驻场工程师未按约定到岗的，每逾期一日，乙方按合同金额的万分之二向甲方支付违约金。
3. 专项任务完成后，由甲方组织测试确认，接口连续运行十日无差错方视为完成；测试不通过的，逾期天数连续计算。
4. 因乙方原因造成患者预约信息错误、手术排程错误并引起医疗纠纷的，乙方应承担相应赔偿责任。

第八条 数据安全
1. 系统中的患者身份信息、预约记录、手术信息及诊疗数据均属于甲方，乙方仅为履行本合同目的访问，不得复制、留存或用于任何其他用途。
2. 乙方应遵守《数据安全法》《个人信息保护法》及医院网络安全管理制度。远程运维须经信息科审批并通过堡垒机进行，全程录屏；禁止使用移动存储介质拷贝数据。
3. 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合调查处置，并承担由此造成的全部损失及行政责任。

第九条 保密
乙方及其人员（包括已离职人员）对在服务中接触到的患者隐私、医院内部管理信息和系统配置信息负有保密义务，应签署保密承诺书。未经甲方书面同意，不得向任何第三方披露。保密义务不因合同终止而解除。乙方违反保密义务的，甲方有权解除合同并要求赔偿损失。

第十条 知识产权
运维过程中乙方为甲方编写的脚本、接口程序、报表及运维文档归甲方所有，甲方可自行使用或交由其他服务商使用和修改。

第十一条 人员要求
1. 驻场工程师应具有三年以上医院信息系统运维经验，熟悉本系统及HIS接口，乙方应在合同签订后五日内提交人员名单及资质证明。
2. 驻场工程师请假或更换须提前七日书面报甲方同意，并安排同等能力人员顶岗；甲方认为乙方人员不能胜任的，有权要求更换。
3. 乙方人员进入机房须遵守甲方机房管理制度，登记出入并接受监督。

第十二条 服务交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的服务商完成交接，移交全部运维文档、账号口令、脚本及配置清单，并配合一个月的过渡期支持，不另收费。

第十三条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十四条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期间据实结算；连续两个季度考核不合格的，甲方亦有权解除合同。

第十五条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 不可抗力
因不可抗力导致服务中断的，受影响一方应立即通知对方，并尽力采取措施减少影响；不可抗力期间的停机时间不计入可用率考核。

第十七条 其他
1. 本合同附件包括磋商文件中的服务需求、乙方响应文件、专项任务计划及季度考核表。
2. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：明州眼科医院
乙方（盖章）：宁波视界医疗信息技术有限公司
"""

SRC["z05"] = """# 锦云织造管理软件许可及定制开发合同

> 锦云软件标准合同文本 V3.0（乙方提供）

合同编号：JY-HT-2027-0412

甲方：成都锦官蜀绣工坊有限公司

乙方：成都锦云织造软件有限公司

鉴于甲方需要对丝线染色、配色打样、绣工针法工序及订单进度进行数字化追溯管理，乙方同意向甲方提供“锦云织造管理软件”标准版许可及定制开发服务。双方本着平等自愿原则，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供锦云织造管理软件标准版（20个并发用户）的使用许可，包括物料、订单、生产、库存、报表等标准模块。

1.2 乙方按甲方需求进行定制开发，内容为：丝线染色配方及批次追溯（染料、媒染剂、水温、色号与色卡照片关联）；针法工序报工（平针、套针、乱针、打籽等工序按绣工记件）；订单与绣稿看板；手机端扫码报工；与甲方现有财务软件的凭证接口。

1.3 乙方负责软件的安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

2.1 本合同总价为人民币陆拾万元整（¥600,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锦云织造管理软件标准版许可（20并发用户，永久） | 236,000 |
| 2 | 定制开发（染色追溯、针法报工、看板、扫码、财务接口） | 318,000 |
| 3 | 实施部署及培训 | 46,000 |
| | 合计 | 600,000 |

2.2 上述价款不含甲方服务器、操作系统、数据库及网络设备费用，该等软硬件环境由甲方自行准备。

2.3 甲方在实施过程中提出的需求变更，乙方有权按每人天¥2,200另行收费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥390,000.00。乙方收到该笔款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方向乙方支付合同总价的35%，即¥210,000.00。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施及服务，由此造成的工期延误由甲方负责。

## 第四条 实施与交付

4.1 乙方计划在收到首付款后七十五日内完成部署及定制开发并上线。实施计划为乙方预估，实际进度以双方沟通为准。

4.2 甲方应及时提供需求资料、染色配方样本、工序定额和基础数据，并安排专人配合；因甲方原因导致的延误，工期顺延。

4.3 如因乙方原因导致进度延误，乙方将积极采取增派人员等补救措施，尽快完成交付。

4.4 乙方为甲方提供两次集中操作培训，每次不超过一日，培训对象为甲方管理人员、染色师傅和班组长；超出部分按乙方培训报价另行收费。

4.5 乙方交付的文档为用户操作手册及系统管理员手册电子版，不包括源代码、数据库设计文档及接口设计文档。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方将在维护期内予以处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，内容为软件缺陷修复及远程技术咨询。

6.2 故障响应：一级故障（系统无法登录或报工、追溯功能无法使用）乙方在10小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方将尽最大努力排除故障，但对故障造成的停工、订单延误等损失，乙方不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年度公布的服务价格标准执行。未签订维护协议的，乙方不再提供缺陷修复、升级及技术支持。

6.5 维护服务不包括：甲方自行修改配置或数据造成的问题；甲方服务器、网络、操作系统及第三方软件故障；甲方新增的功能需求；现场服务（如需现场服务，甲方应另行支付差旅费及每人天¥2,200的服务费）。

6.6 乙方发布的标准版新版本，甲方在维护期内可免费升级；定制功能是否兼容新版本，由乙方评估后另行报价。

## 第七条 知识产权

7.1 锦云织造管理软件及其文档的著作权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的功能模块、染色追溯模型、报表、接口程序及源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，也不得交由第三方维护或使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第八条 数据

8.1 系统部署于甲方自有服务器，数据存储在甲方本地。甲方录入系统的订单、配方、工序及员工记件数据归甲方所有，乙方仅为履行本合同之目的处理该等数据。

8.2 乙方在远程维护时应采取合理的安全措施，使用加密连接、专用账号并记录操作日志；因乙方原因导致甲方数据泄露或丢失的，乙方应在二十四小时内通知甲方，采取补救措施并依本合同第十一条承担责任。

## 第九条 甲方义务

9.1 甲方应指定项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出确认要求后三个工作日内书面答复，逾期未答复的视为确认。

9.2 甲方应保证其提供的数据真实、完整，并自行做好日常数据备份。因甲方未备份造成的数据损失，乙方不承担责任。

9.3 甲方不得将本软件转让、出租或提供给关联公司及其他第三方使用。

## 第十条 保密

双方对在合作中获悉的对方技术秘密和商业信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。本条义务在合同终止后两年内有效。

## 第十一条 责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总价的10%，且乙方不对甲方的间接损失、利润损失、订单损失及商誉损失承担责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

12.2 合同解除的，甲方应支付乙方已完成工作对应的费用；乙方已收取的许可费不予退还。甲方应停止使用定制开发成果，并删除其副本。

12.3 甲方未按时支付款项超过三十日的，乙方有权解除合同，收回软件许可，并要求甲方支付全部剩余款项。

## 第十三条 不可抗力

因不可抗力或网络运营商、第三方软件原因导致不能履行或延迟履行的，乙方不承担责任。不可抗力包括但不限于自然灾害、政府行为、停电、网络攻击、病毒及其他乙方无法合理预见和控制的事件，受影响方应在事件发生后及时通知对方。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地（成都市武侯区）人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方对本合同条款均已充分理解，不存在异议。

甲方（盖章）：成都锦官蜀绣工坊有限公司　　　　乙方（盖章）：成都锦云织造软件有限公司

签订日期：____年__月__日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. ASS-XJ-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 18 May 2027 between:
P:(1) Xinjiang Tianshan Dried Fruit Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Urumqi, Xinjiang (the "Buyer"); and
P:(2) Arghandab Software Solutions, a company registered in Afghanistan with its principal office in Kandahar (the "Supplier").
P:The Buyer imports pomegranates, raisins, almonds and other dried fruit and nuts and wishes to trace each lot from the grower to its warehouses in Urumqi and Kashgar. The Supplier develops and licenses OrchardTrace, a lot-traceability and warehouse management software used by exporters in the region. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the OrchardTrace Enterprise software, version 5, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Customisations" means the lot-labelling templates, the Chinese-language user interface, the customs declaration export, the interfaces to the Buyer's ERP and weighbridge systems and the other work described in Annex 1, including their source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written certificate issued under Article 5.3.
P:1.4 "Warranty Period" means the period described in Article 6.1.
H:Article 2 Scope
P:2.1 The Supplier shall supply the Software, grant the licence in Article 3, develop and deliver the Customisations, install and configure the Software on the Buyer's servers in Urumqi, migrate the Buyer's lot records from its spreadsheets, train the Buyer's staff and provide support, in each case as set out in this Agreement and its Annexes.
P:2.2 The Supplier shall appoint a project manager who speaks Chinese or works with a Chinese interpreter paid by the Supplier, and shall not replace the project manager without the Buyer's prior written approval.
H:Article 3 Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 120 named users and two warehouse sites, for the Buyer's own business and that of its subsidiaries in mainland China.
P:3.2 The Buyer may make backup copies and may run a test environment at no additional charge.
P:3.3 The licence fee is fully paid on completion of the payments in Article 4, and the licence survives any expiry or termination of this Agreement other than termination for the Buyer's non-payment.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,600,000, inclusive of taxes, made up of: Software licence fee CNY 1,240,000; implementation and Customisations CNY 318,000; training CNY 42,000.
P:4.2 The price is fixed. No other fees, travel or expenses are payable for the work described in this Agreement.
P:4.3 The Buyer shall pay: (a) 20% of the total price (CNY 320,000) within fifteen business days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer; (b) 45% (CNY 720,000) within fifteen business days after the Supplier's installation report is signed by the Buyer; and (c) 35% (CNY 560,000) within fifteen business days after Final Acceptance.
P:4.4 Each payment requires a valid invoice. Payments are made by bank transfer in CNY to the account named in Annex 3.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall install the Software and deliver the Customisations within ninety days after signature, in accordance with the project plan in Annex 2.
P:5.2 Acceptance tests shall show that: every function listed in Annex 1 works as specified; a lot can be traced from grower to warehouse bin in under five seconds; the migrated records match the source spreadsheets in full; the customs declaration export is accepted by the Buyer's customs broker for three consecutive shipments; and the system runs for twenty days at both warehouses without a Severity 1 incident.
P:5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten business days. Installation, training or use of the Software in production does not amount to acceptance. If a test fails, the Supplier shall correct the defect within fifteen days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is twenty-four months from Final Acceptance. During it the Supplier shall correct defects free of charge, supply all updates and new versions of the Software, and provide remote support in Chinese or English.
P:6.2 After the Warranty Period the Buyer may order annual support at a fee of 9% of the Software licence fee, that is CNY 111,600 per year, fixed for the first three support years. The scope of annual support is the same as the scope of support in the Warranty Period.
P:6.3 Severity 1 means that lots cannot be received, labelled or released at a warehouse. The Supplier shall respond to a Severity 1 incident within one hour, begin remote work within two hours and restore service or a workaround within eight hours. Severity 2 incidents shall be responded to within three hours and fixed within two business days.
P:6.4 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall credit the Buyer CNY 1,000 against the next payment or the support fee.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All intellectual property rights in the Customisations vest in the Buyer upon creation. The Supplier shall deliver their source code and build instructions at Final Acceptance. The Buyer may use, modify and license the Customisations freely, and may engage third parties to maintain them.
P:7.3 The Supplier warrants that the Software and the Customisations do not infringe third-party rights and shall indemnify the Buyer against any infringement claim.
H:Article 8 Data Protection and Security
P:8.1 All data entered into or generated by the Software, including supplier, grower, lot, customs and warehouse data, belongs to the Buyer. The Supplier shall process it only to perform this Agreement.
P:8.2 The Software runs on the Buyer's servers in mainland China. The Supplier shall access them only through the Buyer's VPN and bastion host with individual accounts approved by the Buyer, shall not copy the Buyer's data outside the Buyer's systems, and shall comply with the Buyer's information security policy and PRC data laws.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the Buyer's data within twenty-four hours after becoming aware of it, cooperate in the investigation and remedy, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.
P:9.2 This obligation continues for five years after this Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to complete installation and delivery of the Customisations by the date in Article 5.1 for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the total price per day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to infringement claims under Article 7.3, breach of Articles 8 and 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains responsible for any subcontractor the Buyer approves.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until the end of the Warranty Period; the licence and Articles 7 to 10 survive.
P:12.2 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages under Article 10.1 reach their maximum. On such termination the Supplier shall refund the amounts paid for work not accepted and deliver all completed Customisations.
P:12.3 There is no automatic renewal of any part of this Agreement. Annual support is ordered by a separate purchase order each year.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Afghanistan.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between senior managers of the parties for thirty days. If it is not resolved, it shall be finally settled by arbitration in Kandahar before a sole arbitrator appointed by agreement of the parties, in the English language.
H:Article 14 General
P:14.1 Notices shall be in writing in English or Chinese and sent to the addresses in Annex 3.
P:14.2 This Agreement, with Annex 1 (Scope and Customisations), Annex 2 (Project Plan) and Annex 3 (Contacts and Bank Details), is the entire agreement of the parties on its subject matter. It may be amended only in writing signed by both parties.
P:14.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e02"] = """# Order Form and General Terms: SpinGhar Supplier Portal

**Order Form No.** NCS-OF-2027-0219
**Date:** 2 April 2027

This Order Form (Part A) and the General Terms (Part B) form one agreement (the "Agreement") between Nangarhar Cloud Services, a company registered in Afghanistan with its head office in Jalalabad ("Provider"), and Chongqing Hengtai Building Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chongqing ("Customer"). If Part A and Part B conflict, Part A prevails.

## Part A: Order Form

### A1. Service

Provider shall provide the SpinGhar Supplier Portal, a hosted software service for supplier registration, qualification questionnaires, requests for quotation, online bidding, purchase order confirmation and supplier performance scoring (the "Service"), in the Enterprise edition, with the Chinese and English user interfaces enabled.

Scope of use: up to 90 internal users of Customer and up to 1,500 registered supplier accounts. Customer may add internal users in blocks of ten at the unit price in A3.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the day after Go-Live Acceptance under A5 (the "Subscription Start Date"), and the second Subscription Year starts on the first anniversary of the Subscription Start Date. This Order Form expires at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 90 internal users, 1,500 supplier accounts | 268,000 |
| Subscription fee, Subscription Year 2 | same scope, fixed | 268,000 |
| Onboarding services (one-time) | configuration, data import, two interfaces, training | 34,000 |
| **Total for the Subscription Term** | | **570,000** |
| Additional internal users (optional) | per block of ten users per Subscription Year | 21,000 |

All amounts are in Chinese yuan and include value-added tax. The optional block price is fixed for the Subscription Term and is not part of the total.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.
3. Customer shall pay each correct invoice within twenty days of receipt by bank transfer in CNY to the account stated on the invoice.
4. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

1. Provider shall complete the onboarding services within sixty days after the date of this Order Form. The onboarding services are: configuring Customer's approval workflows for six purchasing categories; importing about 2,300 existing supplier records with their certificates; building the interface to Customer's ERP for purchase orders and receipts and the interface to Customer's single sign-on; and training up to forty key users.
2. Go-Live Acceptance tests shall show that: every workflow in the configuration workbook runs end to end; the imported supplier records match Customer's source list with no missing or duplicated record; purchase orders and receipts pass between the ERP and the Service without error for ten consecutive business days; and a request for quotation with at least fifty invited suppliers can be issued, answered and evaluated in the Service.
3. Customer shall issue a Go-Live Acceptance certificate within five business days after the tests are passed, or give written reasons for refusal. Use of the Service by Customer's users before the certificate is issued does not amount to acceptance.
4. If Provider does not complete the onboarding services within the period in A5.1 for reasons attributable to it, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 34,000 in total, which Customer may deduct from any invoice.

### A6. Contacts

Provider: account manager, Nangarhar Cloud Services, Jalalabad; support desk by e-mail and web portal, Monday to Friday, 08:00 to 17:00 Beijing time.

Customer: procurement systems manager, Chongqing Hengtai Building Materials Co., Ltd., Chongqing.

## Part B: General Terms

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's users and its registered suppliers over the internet for the Subscription Term, in accordance with the documentation.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to respond promptly to support requests raised through the support desk during its business hours. Provider may carry out maintenance from time to time and will try to give advance notice of planned maintenance.

1.3 Provider may update the Service during the Subscription Term, provided that an update does not materially reduce the functions described in A1.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accuracy of the data it enters, for the acts of its users, and for keeping user passwords secret.

2.2 Customer shall not resell the Service or use it to build a competing product.

2.3 Customer shall nominate a project lead for onboarding, make its ERP and single sign-on administrators available for the interface work, and provide the supplier list and the configuration workbook decisions within ten business days after Provider asks for them. Delays caused by Customer extend the onboarding period accordingly.

### 3. Customer Data

3.1 "Customer Data" means all data entered into the Service by Customer, its users or its suppliers, and all records generated from that data.

3.2 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer under this Agreement and shall not sell it or disclose it to third parties except as required by law.

3.3 Customer may export Customer Data at any time in CSV or XLSX format. Within forty-five days after the end of the Subscription Term, Provider shall make a full export available to Customer and shall then delete Customer Data from the Service.

### 4. Intellectual Property

4.1 Provider and its licensors own the Service, the software underlying it and the documentation. Customer receives a right to use the Service during the Subscription Term under this Agreement.

4.2 The workflow configurations, questionnaire templates, report layouts and interface mappings produced for Customer during onboarding belong to Customer. Customer may use, modify and give them to any third party, including a future service provider, without restriction.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business, technical and commercial information disclosed under this Agreement, including Customer's supplier prices and bid results, use it only to perform this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties.

5.2 These duties do not apply to information that is public without breach, was already lawfully known to the recipient, or must be disclosed by law. They continue for five years after this Agreement ends.

### 6. Subcontracting

6.1 The Service is hosted on Alibaba Cloud in the Shanghai region, which Customer approves by signing this Order Form.

6.2 Provider shall not subcontract any other part of the Service or the onboarding services without Customer's prior written consent, and remains responsible for the work of any approved subcontractor.

### 7. Term and Termination

7.1 This Agreement starts on the date of the Order Form and ends at the end of the Subscription Term.

7.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after receiving notice describing the breach.

7.3 If Customer terminates under 7.2, Provider shall refund the subscription fee already paid for the remaining part of the Subscription Year and provide the export under 3.3.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit, except in case of fraud or wilful misconduct.

8.2 Each party's total liability under this Agreement is limited to two times the total fees stated in A3. The limit does not apply to Customer's obligation to pay fees or to a breach of section 5.

### 9. Fees and Taxes

9.1 The fees in A3 are fixed for the Subscription Term.

9.2 Each party bears its own bank charges.

9.3 If Customer disputes part of an invoice in good faith, it shall pay the undisputed part and the parties shall resolve the disputed part within fifteen business days.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising from or relating to this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign or transfer this Agreement, in whole or in part, without the other party's prior written consent.

11.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

11.3 Notices shall be in writing and sent to the contacts in A6 by courier or e-mail.

11.4 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Nangarhar Cloud Services: ____________________

Signed for Chongqing Hengtai Building Materials Co., Ltd.: ____________________
"""

SRC["e03"] = """T:Supply Contract for Cold-Store Sensors and Monitoring Software
P:Contract No. HXCC-PUR-2027-033
P:Buyer: Gansu Hexi Cold Chain Logistics Co., Ltd., Zhangye, Gansu Province, People's Republic of China (the "Buyer").
P:Supplier: Kunduz Agritech Instruments, a company registered in Afghanistan with its principal office in Kunduz (the "Supplier").
P:The Buyer operates fruit and vegetable cold stores in Zhangye and Jiuquan. It has selected the Supplier, following a competitive procurement, to supply wireless sensors, gateways and monitoring software for its cold stores. This Contract is on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.2.
P:1.2 "Software" means the ColdWatch monitoring software, version 3, including its server, web and mobile components and documentation.
P:1.3 "Custom Work" means the dashboards, alarm rules, reports and the interface to the Buyer's warehouse management system developed for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's written certificate issued under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install, calibrate and commission the Equipment at the Buyer's sites, supply and license the Software, develop the Custom Work, train the Buyer's staff and provide warranty and support, all as described in this Contract and its Technical Specification.
P:2.2 The Contract Price is CNY 1,500,000, inclusive of taxes, delivery to site, import duties and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, IP67, with calibration certificate|420|1,850|777,000
TB:2|LoRa gateways with 4G backup and power supply|36|6,400|230,400
TB:3|ColdWatch monitoring software, perpetual licence (server and 60 users)|1|318,000|318,000
TB:|Equipment and Software subtotal|||1,325,400
TB:4|Installation, calibration and commissioning at 14 cold stores|1 lot||146,000
TB:5|Training of operators and administrators|1 lot||28,600
TB:|Contract Price|||1,500,000
P:2.3 The Contract Price is fixed and is not subject to change for exchange rates, freight or any other reason.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 150,000) within fifteen business days after signature, against an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 825,000) within fifteen business days after the Buyer signs the installation certificate for all sites. The installation certificate confirms installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 525,000) within fifteen business days after Final Acceptance.
P:3.4 Each payment requires a valid invoice. The Buyer pays in CNY by bank transfer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's Zhangye warehouse within sixty days after signature, and complete installation and commissioning at all fourteen cold stores within forty-five days after delivery.
P:4.2 The Supplier bears the risk of loss of the Equipment until the installation certificate is signed. Title passes on delivery.
P:4.3 The Supplier is responsible for export clearance, shipment, import customs clearance and delivery to site, and shall provide the Buyer with the certificates of origin, calibration certificates and radio type approval documents required for the Equipment in China before delivery.
P:4.4 The Supplier shall comply with the Buyer's site safety rules, including rules for work inside cold rooms and at height.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of thirty days.
P:5.2 Acceptance criteria: each sensor reads within ±0.3 °C of a reference thermometer at three test temperatures; data from every sensor reaches the Software at the configured interval throughout the trial period, apart from gaps during maintenance agreed in advance; alarms reach the duty staff by SMS and mobile app within sixty seconds; the interface to the warehouse management system transfers temperature records for every lot without error; and no Severity 1 incident occurs in the last fourteen days of the trial period.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten business days. Installation, commissioning or use of the system in operation does not amount to acceptance. If a criterion is not met, the Supplier shall remedy the defect and the trial period shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is thirty-six months from Final Acceptance. During it, the Supplier shall repair or replace defective Equipment within five business days, correct Software defects, supply Software updates and recalibrate sensors once a year, all free of charge.
P:6.2 After the warranty period, the Buyer may order support and recalibration at an annual fee of 8% of the Equipment and Software subtotal (CNY 106,032 per year). This fee is fixed for the first two years after the warranty period.
P:6.3 Severity 1 means that temperature monitoring or alarms fail for a whole cold store. The Supplier shall respond to a Severity 1 incident within two hours and restore monitoring within eight hours, using spare gateways kept at the Buyer's site. Severity 2 incidents shall be responded to within one business day.
P:6.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from any amount due or claimed under the warranty bond.
P:6.5 The Supplier shall keep at the Buyer's Zhangye warehouse, at its own cost during the warranty period, a stock of spare parts of at least ten sensors and two gateways, and shall replenish the stock within ten business days after a part is used.
P:6.6 The Supplier shall deliver a monthly report during the warranty period listing incidents, response and restoration times, replaced parts and recalibration results.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence to use it at its sites.
P:7.2 The Custom Work, including its source code, belongs to the Buyer. The Buyer may use, modify and license the Custom Work freely and have it maintained by third parties.
P:7.3 The Supplier warrants that the Equipment, the Software and the Custom Work do not infringe the rights of any third party, and shall defend and indemnify the Buyer against any claim of infringement at its own cost.
H:8. Data Security
P:8.1 All temperature records, alarm logs, lot data and other data collected or processed by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software is installed on the Buyer's servers. The Supplier shall access them only through the Buyer's VPN with approved individual accounts, shall not copy the Buyer's data out of the Buyer's systems, and shall follow the Buyer's information security rules.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data within twenty-four hours, take remedial measures and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including site layouts, customer names and storage volumes, and shall not disclose it to third parties without the Buyer's prior written consent. This duty survives for five years after the end of this Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to meet a date in clause 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
P:12.2 On termination, the Supplier shall refund amounts paid for Equipment or work not accepted and shall remove any Equipment the Buyer rejects.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.
H:14. General
P:14.1 This Contract, with its Technical Specification and the Supplier's bid, is the entire agreement of the parties. In case of conflict, this Contract prevails.
P:14.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure lasts more than sixty days, either party may terminate this Contract by notice, and the Buyer shall pay only for Equipment delivered and work accepted.
P:14.3 Notices under this Contract shall be in writing and delivered by courier or e-mail to the project contacts named in the Technical Specification.
P:14.4 This Contract is signed in four originals in English and Chinese, two for each party. Both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

**Agreement No.** GDS-MSA-2027-011

This Managed IT Services Agreement (the "Agreement") is dated 10 June 2027 and is made between:

- **Hunan Lianhe Mining Equipment Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan ("Customer"); and
- **Ghazni Digital Services**, a company registered in Afghanistan with its principal office in Ghazni ("Provider").

Customer wishes to outsource its first-line IT service desk, endpoint management and monitoring, and Provider has offered to provide these services remotely from its delivery centre with on-call engineers. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Term" means thirty-six months from the Service Commencement Date.

1.5 "Service Commencement Date" means the day after Customer signs the transition acceptance certificate under Section 3.

1.6 "Customer Data" means all data of Customer, its employees and its customers that Provider accesses, receives or processes in performing the Services.

## Section 2. Services

2.1 Provider shall provide the Services for the Term in accordance with this Agreement, Schedule 1 and the Service Levels.

2.2 Provider shall appoint a service delivery manager who is Customer's single point of contact and attends a monthly service review with Customer's IT manager.

2.3 Provider shall deliver a monthly service report within five business days after each month, showing ticket volumes, Service Level performance, service credits, patch compliance, open risks and improvement actions.

2.4 Customer shall give Provider timely access to its systems, documentation and staff as reasonably needed for the Services, and shall inform Provider in advance of planned changes to its infrastructure that may affect the Services.

2.5 Provider shall propose at least two improvement initiatives per quarter aimed at reducing ticket volumes or resolution times, and shall implement the initiatives Customer approves within the Charges.

## Section 3. Transition and Acceptance

3.1 Provider shall complete the transition within fifty days after the date of this Agreement. Transition includes knowledge transfer from Customer's current staff, installation of Provider's monitoring agents on all endpoints and servers in scope, set-up of the service desk telephone line and portal in Chinese and English, and preparation of the runbooks.

3.2 Transition acceptance criteria: agents report from every endpoint and server listed in Schedule 1; the service desk handles a two-week parallel run in which every test ticket is logged, categorised and routed to the right resolver group; runbooks for the twenty most frequent request types are approved by Customer; and escalation contacts are tested for each priority.

3.3 Customer shall sign the transition acceptance certificate within five business days after the criteria are met. Provider's start of work, and the parallel run, are not acceptance.

3.4 If Provider fails to complete the transition by the date in Section 3.1 for reasons attributable to it, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 58,000.

## Section 4. Charges and Payment

4.1 Customer shall pay the Charges in Schedule 3. The monthly charge is invoiced monthly in arrears. The transition fee is invoiced after transition acceptance.

4.2 Customer shall pay correct invoices within twenty-five days after receipt, by bank transfer in CNY.

4.3 The Charges are fixed for the Term. Additional endpoints above the band in Schedule 3 are charged at the unit rate stated there.

4.4 The Charges include all taxes, Provider's tools and licences, communication costs and travel for any on-site visit Provider decides to make. Customer shall not pay any other amount for the Services.

## Section 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's written instructions.

5.2 Provider shall implement and maintain technical and organisational security measures, including multi-factor authentication for all Provider staff, access only through Customer's privileged access gateway, encryption of data in transit, logging of all administrative actions and background checks on staff assigned to the Services. Provider shall not store Customer Data outside Customer's systems.

5.3 Provider shall notify Customer of any actual or suspected security incident affecting Customer Data within twenty-four hours, cooperate fully in investigating and remedying it, and bear the costs and losses caused by its breach of this Section.

## Section 6. Confidentiality

6.1 Each party shall keep confidential the other party's confidential information, use it only for this Agreement and protect it with at least reasonable care. This obligation continues for five years after this Agreement ends.

## Section 7. Intellectual Property

7.1 Provider's tools, monitoring software and pre-existing materials remain Provider's property. Provider grants Customer a licence to use them during the Term as part of the Services.

7.2 The runbooks, scripts, knowledge articles, configuration records and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor provider.

## Section 8. Personnel and Subcontracting

8.1 Provider shall assign staff with the skills and language ability needed for the Services and shall replace any person Customer reasonably objects to.

8.2 Provider shall keep the key roles named in its proposal, including the service delivery manager and the service desk team leader, for at least the first year of the Term, unless a person leaves Provider's employment, and shall give Customer at least thirty days' notice of any change in a key role together with the replacement's qualifications.

8.3 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for its approved subcontractors.

## Section 9. Term

9.1 This Agreement starts on its date and continues until the end of the Term.

9.2 Neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties. Customer's remedies for a failure to meet the Service Levels or any other breach by Provider are the service credits in Schedule 2 and damages under Section 10.

9.3 Any extension of the Term requires a written amendment signed by both parties.

9.4 At the end of the Term, Provider shall provide up to sixty days of exit assistance at no extra charge, including handover of runbooks, knowledge articles, open tickets and all Customer Data.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability arising out of or in connection with this Agreement in each contract year is limited to the Charges paid by Customer in the six months preceding the event giving rise to the claim. The limit does not apply to breach of Section 5 or Section 6, personal injury or wilful misconduct.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English and Chinese.

## Section 12. General

12.1 Neither party may assign this Agreement without the other's written consent.

12.2 Neither party is liable for a failure caused by force majeure if it notifies the other promptly and resumes performance as soon as possible.

12.3 Notices shall be in writing and sent by courier or e-mail to the service delivery manager and Customer's IT manager, with a copy to each party's legal department.

12.4 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject matter.

## Schedule 1. Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | telephone, portal and e-mail in Chinese and English for 1,100 users at Changsha head office and two plants | 07:00 to 22:00 Beijing time, seven days |
| Endpoint management | patching, software distribution and antivirus management for 1,100 endpoints | continuous |
| Server and network monitoring | 64 servers, 38 switches, 6 firewalls; alerts handled by Provider's on-call engineers | 24x7 |
| Remote resolution | incidents and service requests that can be fixed remotely | as service desk |
| Vendor coordination | logging and tracking of hardware faults with Customer's hardware maintainers | as service desk |

## Schedule 2. Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service credit per miss |
|---|---|---|---|---|
| P1 | plant production systems, e-mail or network down for a site | 30 minutes | 6 hours | 3% of the monthly charge |
| P2 | a department or key user cannot work | 1 hour | 8 business hours | 1% of the monthly charge |
| P3 | single-user incident | 2 business hours | 2 business days | none |
| Patching | critical patches deployed | within 7 days of release | | 2% of the monthly charge if below target |

Service credits in a month are capped at 20% of that month's charge and are deducted from the next invoice.

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, invoiced after transition acceptance | 58,000 |
| Monthly charge | up to 1,150 endpoints and the devices in Schedule 1, per month, fixed | 46,500 |
| Monthly charges for the Term | 36 months x 46,500 | 1,674,000 |
| **Total Charges for the Term** | | **1,732,000** |
| Additional endpoints | per endpoint per month above 1,150 | 36 |
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BHD-SUB-2027-005

This Data and API Subscription Agreement (the "Agreement") is made on 5 July 2027 between Bamyan Highland Data Services, a company registered in Afghanistan with its principal office in Bamyan ("Provider"), and Ningxia Xihai Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinchuan, Ningxia ("Customer").

Provider operates a network of high-altitude weather stations and produces gridded weather observations, short-range forecasts and satellite-based crop condition indices for dryland and mountain farming regions. Customer runs an agronomy advisory application for goji, potato and wheat growers and wishes to receive Provider's data through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the weather observations, forecasts, crop condition indices and historical archives made available through the API, as described in Annex A.

1.2 "Customer Data" means the field boundaries, grower identifiers, query parameters and any other data that Customer or its users submit to the API or to Provider.

1.3 "Subscription Year" means each successive period of one year starting on the Subscription Start Date or an anniversary of it.

1.4 "Subscription Start Date" means the day after Customer signs the integration acceptance certificate under clause 4.

1.5 "Initial Term" means the first two Subscription Years.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable right to access the API, to retrieve Provider Data for up to 40,000 registered fields in Ningxia, Gansu and Qinghai, and to use Provider Data in Customer's advisory application, reports and internal analysis.

2.2 Customer may display Provider Data and products derived from it to its grower users, with the attribution shown in Annex A, but shall not resell raw Provider Data as a data feed to third parties.

2.3 The API quota is 3 million calls per month. Provider shall not throttle calls within the quota.

3. FEES AND PAYMENT

3.1 The fees are:
(a) annual subscription fee for Subscription Year 1: CNY 236,000;
(b) annual subscription fee for Subscription Year 2: CNY 236,000;
(c) one-time set-up fee for integration support and delivery of the historical archive: CNY 18,000.
The total fees for the Initial Term are CNY 490,000, inclusive of taxes. Calls above the monthly quota are charged at CNY 0.02 per call and are not included in this total.

3.2 The set-up fee is invoiced after integration acceptance. The annual subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Customer shall pay each correct invoice within twenty days of receipt, in CNY by bank transfer.

3.3 No fee is payable before integration acceptance.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Within forty days after signature, Provider shall open the production API for Customer, supply the API documentation and test keys, and deliver the historical archive covering 2012 to 2026 for Customer's regions in the format set out in Annex A.

4.2 Integration acceptance tests shall show that: every endpoint listed in Annex A returns data in the documented format; a query for a single field returns in less than 800 milliseconds at the 95th percentile during a one-week test at Customer's expected load; the historical archive is complete for all listed stations and grid cells, with any gaps documented; and forecast and index values for twenty sample fields match Provider's reference outputs.

4.3 Customer shall sign the integration acceptance certificate within five business days after the tests are passed, or give written reasons. Use of test keys or of the production API during testing is not acceptance.

4.4 If Provider fails to deliver the historical archive or open the production API by the date in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 18,000.

5. SERVICE LEVELS

5.1 Provider shall keep the production API available at least 99.95% of each calendar month, excluding planned maintenance announced at least three business days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified as Severity 1 (API unavailable, or forecast data not refreshed for more than six hours), Severity 2 (one endpoint or region unavailable or delayed) and Severity 3 (other issues). Provider shall respond to Severity 1 incidents within one hour and to Severity 2 incidents within three hours, at any time of day, through the hotline and the ticket system.

5.3 If monthly availability falls below the level in clause 5.1, Provider shall credit Customer 5% of one twelfth of the annual fee for each 0.1 percentage point or part of it below that level. Each missed Severity 1 response time gives a further credit of CNY 1,000. Credits are deducted from the next invoice or paid at the end of the term.

5.4 Provider shall publish monthly availability figures and incident summaries to Customer.

5.5 Provider shall give Customer at least ninety days' written notice before retiring an endpoint or changing a data format, keep the previous version running in parallel during that period, and provide technical support in Chinese or English for the migration. Support for integration questions is provided on business days from 09:00 to 18:00 Beijing time by e-mail and through the ticket system.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the support under this Agreement, and shall not use it for any other purpose, including its own products or analysis for other customers.

6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for its staff, logging of access and regular security testing. Customer Data shall be stored on servers located in mainland China.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours after discovering it, take immediate steps to contain it, cooperate with Customer and the competent authorities, and compensate Customer for losses caused by Provider's breach of this clause 6.

6.4 Within thirty days after this Agreement ends, Provider shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider Data and the API remain the property of Provider and its licensors.

7.2 Customer's application, its integration code, and the advisory models, reports and other works that Customer creates using Provider Data belong to Customer, which may use, modify and license them freely. Derived values displayed to growers before the end of this Agreement may remain in Customer's historical records after it ends.

8. TERM, RENEWAL AND TERMINATION

8.1 This Agreement starts on signature and continues for the Initial Term.

8.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

8.3 For each renewal period, Provider may increase the annual subscription fee by up to 9% over the fee for the previous Subscription Year by written notice given at least ninety days before the renewal date.

8.4 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after notice. If Customer terminates for Provider's breach, Provider shall refund the unused part of the annual subscription fee.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 Provider shall not subcontract the operation of the API, the hosting of Customer Data or the support services without Customer's prior written consent, and remains responsible for any subcontractor Customer approves.

9.2 Neither party may assign this Agreement without the other's written consent.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Initial Term. The limit does not apply to breach of clause 6, infringement of intellectual property rights, personal injury or wilful misconduct.

10.3 Provider does not warrant that forecasts will be accurate, but warrants that Provider Data is produced with the methods described in Annex A and with reasonable skill and care.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan. The award is final.

12. GENERAL

12.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war or government action, if it notifies the other party promptly and resumes performance as soon as possible. Damage to individual weather stations does not excuse Provider from the service levels in clause 5 where gridded data can be produced from other stations.

12.2 Notices shall be in writing in English or Chinese and sent to the addresses in Annex B.

12.3 This Agreement, with Annex A (Data Products and API) and Annex B (Contacts), is the entire agreement of the parties on its subject matter.

Signed for Bamyan Highland Data Services: ____________________

Signed for Ningxia Xihai Agricultural Technology Co., Ltd.: ____________________
"""

# ==== END SOURCES

NAMES = {
    "z01": "h789z01_natural_resources_spartina_monitoring_platform.pdf",
    "z02": "h789z02_steel_wool_wire_line_control_retrofit.docx",
    "z03": "h789z03_postpartum_chain_booking_membership_saas.txt",
    "z04": "h789z04_eye_hospital_scheduling_system_om.txt",
    "z05": "h789z05_shu_embroidery_dye_stitch_tracking_supplier_template.md",
    "e01": "h789e01_dried_fruit_traceability_licence_kandahar_vendor.pdf",
    "e02": "h789e02_supplier_portal_saas_order_form_jalalabad_vendor.md",
    "e03": "h789e03_cold_store_sensors_monitoring_licence_kunduz_vendor.docx",
    "e04": "h789e04_managed_it_services_36_months_ghazni_vendor.md",
    "e05": "h789e05_weather_crop_data_api_subscription_bamyan_vendor.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# category, terms in TERM_KEYS order, extra (sla_clause, ld_stated, capped or None, deemed, value)
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 7,
                         False, True, False, "PRC", G], (True, True, True, False, 1690000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 24,
                         False, True, False, "PRC", G], (True, True, True, False, 1200000)),
    "z03": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                      True, True, True, "PRC", S], (True, True, None, False, 698000)),
    "z04": ("services", [99.5, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None,
                         False, True, False, "PRC", S], (True, True, None, False, 386000)),
    "z05": ("software", [None, 10, False, "supplier", True, True, True, None, 10, 65, False, False, 6, None,
                         False, True, None, None, G], (True, False, False, True, 600000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9,
                         False, True, False, "Afghanistan", G], (True, True, True, False, 1600000)),
    "e02": ("cloud", [None, None, False, "buyer", False, True, True, 600 / 570000 * 100, 200, None, True, None,
                      None, None, False, True, False, "PRC", S], (False, True, None, False, 570000)),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 8,
                         False, True, False, "PRC", G], (True, True, True, False, 1500000)),
    "e04": ("services", [None, 0.5, True, "buyer", True, True, True, 1200 / 1732000 * 100, 6 / 36 * 100, None,
                         True, None, None, None, False, False, False, "PRC", S], (True, True, None, False, 1732000)),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 400 / 490000 * 100, 150, None, True, None,
                      None, None, True, True, False, "PRC", S], (True, True, None, False, 490000)),
}
# forum outside mainland China (CR-GOVERNING-LAW also fires on it); only e01 (Kandahar)
FORUM_OUTSIDE = {"e01"}
# TCO inputs for goods_or_licence drafts with a stated, capped fee: fee base (itemised subtotal)
TCO_BASE = {"z01": 860000, "z02": 1096000, "e01": 1240000, "e03": 1325400}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    "z04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
THRESHOLDS = {99.9, 4, 0.05, 100, 30, 12, 15, 40}


def label(key):
    cat, vals, (sla, ld_stated, capped, deemed, value) = D[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    return post_years * fee / (x["contract_value"] + post_years * fee) * 100


def derive(key, lab):
    """Rules from the labels, by my reading of policy §3."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - {"CR-GOVERNING-LAW"} else "low")


PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])0?\.05(?!\d)\s*(%|％|percent|per\s*cent)",
    r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.,])0\.5\s*‰",
    r"(?<![\d.,])(30|15|40|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"百分之(三十|十五|四十|一百|百)(?![一二三四五六七八九十点])",
    r"(?<![a-z-])(thirty|fifteen|forty|one\s*hundred)\s*(%|percent|per\s*cent)",
    r"(?<![\d.,])4\s*-?\s*(小时|个小时|hours?|hrs?|h(?![a-z]))",
    r"(?<![十一二三四五六七八九零〇百])四\s*个?\s*小时",
    r"(?<![a-z-])four\s*-?\s*hours?",
    r"(?<![\d.,])12\s*-?\s*(个月|months?)",
    r"(?<![十一二三四五六七八九百])十二\s*个\s*月",
    r"(?<![a-z-])twelve\s*-?\s*months?",
]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "0.05 % per day", "万分之五", "30%", "15 %", "40％", "100%", "百分之三十",
            "百分之一百", "4小时", "四小时", "4 hours", "4-hour", "four hours", "12个月", "十二个月", "12 months",
            "12-month", "twelve months", "thirty percent", "100 per cent", "within 4h"]
MUST_MISS = ["99.95%", "99.5%", "0.08%", "24小时", "二十四小时", "24 hours", "130%", "35%", "150%", "百分之三十五",
             "112 months", "24个月", "1.5%", "0.055%", "2.30%", "1,100%", "14 hours", "三十四小时", "twenty-four hours",
             "24h", "Schedule 4 hardware", "36 months", "15 days", "30 days"]


def hits(text):
    out = []
    for p in PATTERNS:
        for m in re.finditer(p, text, flags=re.I):
            out.append(m.group(0))
    return out


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))

    built = {k: v for k, v in NAMES.items() if v.endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in built}, {k: (v, v.rsplit(".", 1)[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, name in NAMES.items():
        if k not in built:
            (OUT / name).write_text(SRC[k], encoding="utf-8")

    covered = set()
    rows = []
    for k, name in NAMES.items():
        lab = label(k)
        # label values never on a threshold
        for key, v in list(lab["expected_terms"].items()) + list(lab["expected_extra"].items()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in THRESHOLDS), (k, key, v)
        share = tco_share(k, lab)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        rules = derive(k, lab)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        text = readback(OUT / name)
        found = hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s+", "", text))
        assert not found, (k, found)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((name, n, ", ".join(r.replace("CR-", "") for r in rules) or "(none)", risk(rules),
                     "" if share is None else "%.1f%%" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k]) for k in NAMES]
    assert sum(1 for k in NAMES if not DESIGN[k]) == 2 and not DESIGN["z01"] and not DESIGN["e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05")), mix
    for r in rows:
        print("%-66s %5d  %-8s %s  %s" % (r[0], r[1], r[3], r[4], r[2]))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
