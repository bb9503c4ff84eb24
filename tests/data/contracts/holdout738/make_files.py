"""holdout738: builds the ten blind drafts from the sources below (.txt/.md written as is; .docx/.pdf through
../word_pdf.py), writes the .json labels, and asserts: lengths, no threshold value in labels or texts, rules derived
from the labels (my reading of policy §3) equal the design list, and all 20 CR rules are covered.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:临川市地理信息共享服务平台建设项目合同
P:合同编号：LCCH-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市测绘院（临川市自然资源局所属事业单位）
P:乙方（供应商）：杭州图衡信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件和中标通知书，双方就临川市地理信息共享服务平台（以下简称“平台”）的软件许可、定制开发及实施事宜，签订本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供地理信息共享服务平台软件许可（含空间数据服务引擎、目录与元数据管理、在线制图与共享交换模块），许可为永久许可，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：面向规划、不动产、林业等部门的共享申请审批流程，基础测绘成果分级分类发布，与市政务数据共享交换平台及统一身份认证的对接。
P:1.3 乙方完成历史测绘成果数据的整合入库（1:500至1:2000地形图、影像、三维模型索引）、系统部署、联调及培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾壹万元整（¥2,310,000），包括：平台软件许可费¥1,268,000；定制开发费¥734,000；数据整合入库费¥216,000；实施及培训费¥92,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方测评配合等全部费用，甲方不再另行支付。
P:2.3 合同履行期间因甲方需求变更增加工作量的，双方按投标文件中的人天单价另行签订补充协议，未经双方书面确认的变更不产生额外费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，乙方同意相应顺延，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发，并提交初验申请；初验合格后进入九十日试运行期。
P:4.2 乙方应提交需求规格说明书、设计文档、源代码、接口说明、部署手册及用户手册。
P:4.3 乙方应配备项目经理一名、GIS开发工程师不少于四名、数据工程师二名，项目经理须具有注册测绘师或同等资格，未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方安全保密及考勤管理制度。
P:4.4 乙方应对甲方指定的系统管理员和各部门业务人员开展不少于三期的操作与运维培训，提供培训教材，并确保受训人员能够独立完成数据发布、权限配置和日常巡检。
H:第五条 验收
P:5.1 初步验收标准：合同第一条所列功能全部实现；与政务数据共享交换平台、统一身份认证的接口连续运行十日无错误；整合入库数据经甲方抽检，要素属性正确率不低于99.8%；在三百个并发用户下，地图服务平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内无一级故障；取得第三方软件测评机构出具的功能与安全测评报告且无高危问题；全部文档齐全。
P:5.3 验收由甲方组织专家进行并出具书面验收报告。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此产生的费用由乙方承担，交付期限不因此顺延。
H:第六条 质保与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持，并每季度开展一次平台巡检，提交巡检报告和安全加固建议。
P:6.2 平台月度可用率不低于99.95%（计划内维护除外）。
P:6.3 一级故障（平台整体不可用或共享服务中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次工作日内解决。
P:6.4 乙方未达到6.2、6.3要求的，每迟延响应一小时扣减¥1,000，月度可用率每低0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
P:6.5 质保期满后，如甲方续购运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥114,120），且在质保期满后三年内不予上调。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、接口、数据模型及全部文档的知识产权归甲方所有，乙方应交付完整源代码，甲方可自行修改、使用或许可第三方使用。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台承载的测绘成果、共享申请记录、用户信息等全部数据属于甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《测绘法》《数据安全法》及涉密测绘成果管理规定，仅通过甲方提供的堡垒机进行运维操作，不得将数据带离甲方环境。
P:8.3 发生数据泄露、丢失或篡改的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方及其人员对履约中知悉的甲方工作秘密、测绘成果、系统配置及口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效。乙方派驻人员应签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 乙方交付的平台不符合约定的，应在甲方指定期限内免费整改，整改后仍不合格的，甲方可解除合同。
P:10.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格且无未了结的违约责任后无息退还。
H:第十一条 分包与转包
P:本项目不允许分包或转包。乙方不得将合同义务的任何部分交由第三方履行。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
P:12.2 因乙方违约导致合同解除的，乙方应承担甲方由此产生的全部损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 不可抗力与通知
P:14.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方协商延期履行；不可抗力影响持续超过六十日的，任何一方可书面解除合同。
P:14.2 本合同项下的通知以书面形式送达双方在本合同首页载明的地址，一方变更联系方式的应提前书面告知对方。
H:第十五条 其他
P:15.1 本合同的附件（招标文件、投标文件、中标通知书、需求规格说明书）与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市测绘院　　　　乙方（盖章）：杭州图衡信息技术有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:暖水瓶生产线控制系统改造及维保合同
P:合同编号：HT-JG-2026-0318
P:甲方：永康市华泰暖水瓶厂有限公司
P:乙方：宁波科控自动化工程有限公司
P:甲方拟对其玻璃瓶胆吹制及镀银生产线的控制系统进行改造，乙方经比选中标。双方经协商一致，签订本合同。
H:第一条 改造范围
P:1.1 拉管及吹制工段：更换原继电器控制柜为PLC控制柜，实现吹气压力、转速和节拍的闭环控制。
P:1.2 退火炉：加装分区温控系统，温度曲线可按产品型号调用，超温自动报警并联锁。
P:1.3 镀银工段：建设银液、还原液自动配液及定量喷淋控制，记录每批次药液用量。
P:1.4 抽真空及封口工位：加装真空度在线监测，不合格瓶胆自动剔除。
P:1.5 瓶胆视觉检测：对气泡、结石、镀层不均等缺陷进行在线识别。
P:1.6 部署产线监控软件（SCADA），集中显示各工段运行状态、能耗及报警，并生成班组产量报表。
P:1.7 乙方负责拆除旧控制柜及线缆并运至甲方指定地点，提交电气原理图、接线图、PLC程序清单、操作规程及维修手册各三套（含电子版）。
H:第二条 合同价格
P:合同总价为人民币壹佰柒拾叁万元整（¥1,730,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|吹制工段PLC控制柜|6套|68,000|408,000
TB:2|退火炉分区温控系统|2套|96,000|192,000
TB:3|镀银自动配液及喷淋控制|2套|135,000|270,000
TB:4|真空度在线监测装置|8套|18,500|148,000
TB:5|瓶胆视觉检测系统|4套|76,000|304,000
TB:6|产线监控软件（SCADA）许可|1套|140,000|140,000
TB:|软硬件小计|||1,462,000
TB:7|PLC编程及系统调试|1项|148,000|148,000
TB:8|拆旧、安装及布线|1项|96,000|96,000
TB:9|操作及维修培训|1项|24,000|24,000
TB:|合同总价|||1,730,000
P:上述价格含税、含运输及保险，乙方不得以任何理由要求调整。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货、安装并完成单机调试后，甲方支付合同总价的45%。到货及安装签收不代表质量验收。
P:3.3 整线通过最终验收后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无质量争议后十五日内无息支付。
H:第四条 工期
P:4.1 乙方应利用甲方春节停产检修期施工，自合同生效之日起七十五日内完成全部安装调试，单条产线停产改造时间不超过十二天。
P:4.2 乙方施工不得影响甲方其他产线的正常生产，动火、登高等作业须办理甲方作业许可。
P:4.3 乙方应指定一名具有电气工程师资格的项目负责人常驻现场，每周向甲方提交施工进度报告。乙方人员应穿戴劳动防护用品，遵守甲方高温炉区、镀银车间化学品管理和消防规定，因乙方违章作业造成人身伤害或财产损失的，由乙方负责。
P:4.4 改造期间乙方应制定旧系统与新系统切换方案及应急回退预案，经甲方生产部门确认后实施，确保切换失败时产线能在当班内恢复原有控制方式。
P:4.5 甲方负责提供施工用电、压缩空气及临时存放场地，并协调各工段停产时间；因甲方原因延误的，工期相应顺延。
H:第五条 验收
P:5.1 验收标准：各工段控制功能符合技术协议；退火炉各区温度偏差不超过±3℃；镀银工段药液计量误差不超过±2%；视觉检测对技术协议所列缺陷样本的检出率不低于98%，误剔率不高于0.8%；整线连续带料运行七十二小时无故障；SCADA报表数据与现场计量一致。
P:5.2 乙方提交验收申请后，甲方在十个工作日内组织验收，双方签署验收报告。甲方试生产或使用设备，不视为验收合格。
P:5.3 验收前乙方应完成对甲方操作工和维修电工的培训，培训不少于三期，每期不少于两天，经考核合格的操作工方可上岗；培训记录作为验收资料的一部分。
P:5.4 验收不合格的，乙方应在十五日内整改后重新验收，费用由乙方承担。
H:第六条 质保期与维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并提供程序修改服务。
P:6.2 一级故障（整线或单个工段停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，次日内修复。
P:6.3 乙方未按6.2时限响应或到场的，每迟延一小时扣减¥800，从质量保证金或维保费中扣除。
P:6.4 质保期满后，乙方提供维保服务，年度维保费为¥409,360（按软硬件小计的28%计），含驻厂工程师一名、全部备品备件及软件升级。该年费在质保期满后四年内保持不变，按季度支付。
P:6.5 维保服务内容包括：每月一次全线巡检并提交巡检记录；每季度对退火炉热电偶、真空计及视觉相机进行校准；控制程序备份及必要的优化；对甲方维修人员的持续技术指导。乙方因维保不到位导致重复故障的，应免费彻底修复。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、组态画面、工艺配方参数表及源程序的知识产权归甲方所有，乙方应在验收时交付全部源程序及注释，甲方可自行修改或委托第三方维护。
P:7.2 SCADA平台软件的知识产权属于原厂，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产线产生的工艺参数、配方、产量及质量数据均属于甲方，乙方不得复制、带离或用于其他用途。
P:8.2 乙方远程维护须经甲方逐次审批并通过甲方VPN进行，全程留存操作日志。因乙方原因导致数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并承担全部赔偿责任。
H:第九条 保密
P:乙方对在履约中获知的甲方工艺技术、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。乙方应要求其派驻人员签署保密承诺，并对其人员的泄密行为承担责任。
H:第十条 分包
P:乙方可将电气安装、桥架敷设等施工部分分包给具备相应资质的单位，分包前书面告知甲方即可，乙方对分包部分承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完工的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的设备或软件不符合技术协议的，应免费更换或修改；经两次整改仍达不到验收标准的，甲方有权拒收相应部分并要求乙方退还该部分价款。
P:11.3 因乙方施工或设备质量原因造成甲方停产的，乙方还应赔偿甲方的直接损失。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。合同解除后，乙方仍应配合甲方完成已安装部分的资料移交和安全恢复，确保产线能够继续运行。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 不可抗力
P:因不可抗力导致不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """连锁门店点餐及会员管理系统服务合同

合同编号：QJB-IT-2026-009

甲方：西安秦记煎饼餐饮管理有限公司
乙方：成都点点云科技有限公司

甲方在西安、咸阳共经营五十家“秦记煎饼”直营门店，为统一门店点餐、收银与会员管理，向乙方采购点餐及会员管理SaaS服务及实施服务。双方协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 门店点餐收银：堂食扫码点餐、小程序外带预订、收银台及厨房出单屏；
2. 会员管理：储值、积分、优惠券、会员等级及生日权益；
3. 总部管理：菜单及价格统一下发、门店日结、营业报表与库存预警。
（二）实施服务
1. 为甲方配置五十家门店的菜单、桌台、打印机及支付通道；
2. 将甲方原会员系统中的会员资料、储值余额及积分迁移至新系统；
3. 开发甲方品牌小程序页面，并与甲方财务系统对接日结数据；
4. 对店长、收银员及总部运营人员进行培训。
（三）服务期
服务期为两个服务年度，第一服务年度自全部门店上线验收合格之日起计算，每个服务年度为三百六十五日。

二、费用及支付
（一）费用构成
1. SaaS年费：每店每服务年度¥3,960，五十家门店合计每服务年度¥198,000，两个服务年度合计¥396,000；
2. 实施费（一次性）：¥86,000；
3. 合同总价：¥482,000（含增值税）。
（二）支付方式
1. 实施费在全部门店上线验收合格后十五日内一次性支付；
2. 每一服务年度的年费于该服务年度开始后十五日内支付；
3. 乙方应在收款前开具增值税专用发票。
（三）除本合同约定的费用外，乙方不得另行收取短信、服务器、版本升级等任何费用；支付通道手续费由甲方按其与支付机构的约定直接承担。
（四）服务期内甲方新增门店的，按每店每服务年度¥3,960按实际服务天数折算。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置、数据迁移和小程序开发，并提交上线验收申请。
（二）验收标准：
1. 五十家门店均能正常完成点餐、收银、出单和退款；
2. 会员迁移数据经甲方核对，会员数量、储值余额和积分与原系统完全一致；
3. 小程序在午间高峰并发订单下，下单响应时间不超过2秒；
4. 日结数据与财务系统对接连续七日无差错。
（三）甲方应在收到验收申请后七个工作日内组织验收并签署验收单。门店试营业使用系统不视为验收合格。
（四）验收不合格的，乙方应在五日内整改并重新提交验收申请；因乙方原因两次验收仍不合格的，甲方有权解除合同，乙方应退还甲方已支付的全部款项。
（五）乙方应分批组织培训：总部运营人员集中培训两次，店长及收银员按片区培训，每家门店至少两名人员经考核合格；乙方同时提供操作视频和门店常见问题手册。

四、服务水平
（一）系统月度可用率不低于99.5%（提前告知的计划维护除外，计划维护应安排在凌晨一点至五点之间）。
（二）故障分级及响应：
1. 一级故障：全部或多家门店无法点单或收款，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单店无法使用或会员功能异常，1小时内响应，当日解决；
3. 三级故障：报表、界面等一般问题，次工作日内解决。
（三）服务补偿：月度可用率低于承诺值的，乙方按当月年费折算金额的10%予以减免；一级故障超过恢复时限的，每超过一小时另行减免¥500。减免在下一期应付费用中抵扣。
（四）乙方提供7×24小时客服热线及在线工单，并为甲方指定专属客户成功经理，负责协调需求、培训新员工和跟踪问题整改，每季度到甲方总部现场回访一次。

（五）乙方每月向甲方提交服务报告，列明当月可用率、故障及处理情况、工单统计和系统变更记录；每个服务年度结束前，双方对服务质量进行一次年度评估。
（六）乙方进行版本升级的，应提前七日通知甲方，升级不得减少本合同约定的功能，不得在每日十一点至十四点、十七点至二十点的营业高峰时段进行。

五、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序页面、菜单模板、接口程序及相关文档的知识产权归甲方所有，乙方应在验收时交付源代码，甲方可自行修改或交由第三方使用。

六、数据及数据安全
（一）甲方的会员信息、订单、储值及营业数据归甲方所有。乙方有权将上述数据去标识化并汇总后，用于编制餐饮行业分析报告及改进自身产品，该等汇总数据的权益归乙方。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对会员个人信息加密存储，对访问实行最小权限控制并留存日志，系统应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方处置和报告监管部门；因乙方原因造成的，由乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应将甲方全部数据以通用格式导出交付甲方，并在甲方确认后删除。

（五）乙方人员仅可在甲方授权范围内访问生产数据，门店收银员的操作权限由甲方总部统一配置。乙方更换数据存储地点的，应事先书面告知甲方，存储地点应位于中国境内。

七、保密
双方对履行本合同知悉的对方商业秘密，包括甲方的门店经营数据、菜品配方及价格策略，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

八、违约责任
（一）乙方未能按期完成上线验收的，每逾期一日，向甲方支付违约金¥400。
（二）乙方服务不符合约定，经甲方书面通知后七日内未改正的，甲方有权拒付当期费用的相应部分。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

九、续约
本合同服务期届满前三十日内，任何一方未书面提出不再续约的，合同自动续期一个服务年度。续期年费由乙方根据其届时价格体系确定，较上一服务年度上浮不超过8%，乙方应在续期前通知甲方。

十、分包
乙方不得将本合同项下服务分包或转包。短信、支付通道由依法取得许可的机构提供的除外；确需将其他工作交由第三方完成的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收取的未履行期间费用。
（二）系统连续两个月月度可用率低于承诺值的，甲方可解除合同。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、甲方义务
（一）甲方负责各门店的网络接入、收银设备、打印机及扫码设备，并保证其符合乙方提供的配置清单。
（二）甲方应指定项目联系人，及时提供菜单、价格、门店信息及原会员系统数据，并组织门店人员参加培训。
（三）甲方因门店装修、闭店等原因暂停使用的，应提前通知乙方，暂停期间年费不予减免。

十四、不可抗力
因不可抗力或电信运营商网络大面积中断导致服务中断的，乙方不承担责任，但应及时通知甲方并尽力恢复服务；不可抗力持续超过三十日的，双方可协商解除合同。

十五、其他
（一）本合同附件包括：服务功能清单、门店清单、实施计划，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 + （一）)
Z04 = """安平县测土配方施肥信息系统运维服务合同

项目编号：APNJ-2026-YW-04
采购方式：竞争性磋商

甲方：安平县农业技术推广中心（县土壤肥料工作站）
乙方：石家庄禾数信息技术有限公司

为保障安平县测土配方施肥信息系统（以下简称“系统”）安全稳定运行，甲方委托乙方提供2026年度运维服务。根据磋商文件及乙方响应文件，双方签订本合同。

第一条 运维对象
（一）测土配方施肥信息系统：包括土壤采样点管理、化验数据录入与审核、施肥配方计算、配方卡打印及发布模块；
（二）县域耕地质量数据库：全县二百六十个行政村的土壤养分、耕地等级和历年采样化验数据；
（三）农户施肥推荐小程序及触摸查询一体机（全县乡镇农技站共二十二台）；
（四）与省级耕地质量监测平台的数据交换接口；
（五）系统所在的两台应用服务器、一台数据库服务器及配套的存储设备。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同终止。

第三条 服务内容
（一）日常运行维护：每日检查系统运行状态、服务器资源及数据库备份情况，填写运维日志；
（二）数据维护：配合甲方做好春秋两季采样数据及化验数据的导入、校核和入库，修正异常数据；每年根据甲方提供的田间试验结果更新施肥参数和配方模型；
（三）应用维护：修复系统缺陷，根据农业农村部门新的技术规范对配方计算方法、报表格式进行小规模调整；
（四）终端维护：乡镇触摸查询一体机的远程维护及每半年一次的现场巡检；
（五）技术支持：春耕、秋播等农时高峰期派驻一名工程师在甲方现场值守，其余时间提供工作日驻场或远程支持；
（六）培训：每年为县、乡两级农技人员举办不少于两次系统使用培训，编制配方卡打印、采样点核查等常见操作的图文说明；
（七）安全运维：每季度对服务器操作系统、数据库和中间件进行一次漏洞扫描和安全加固，配合甲方完成网络安全检查和等级保护测评中的整改工作；
（八）配合服务：配合甲方完成上级业务部门的数据汇交、年度耕地质量监测报告的数据统计及系统对接工作。

第四条 服务要求
（一）故障分级及响应：
1. 一级故障（系统整体无法访问、配方无法生成或数据库损坏）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；
2. 二级故障（单一模块或部分一体机无法使用）：2小时内响应，次工作日内解决；
3. 三级故障（一般性问题及咨询）：三个工作日内处理。
（二）乙方每月向甲方提交运维月报，每季度提交运维季报，内容包括系统运行情况、故障处理、数据变更和改进建议。
（三）乙方未在上述时限内响应或恢复的，每迟延一小时扣减运维费¥500；同一故障一个月内重复发生的，每次扣减¥1,000。扣减金额从当季应付运维费中扣除。
（四）农时高峰期（每年3月至5月、9月至10月）内，乙方应保证值守工程师在岗，一级故障的恢复时间应尽量缩短，并提前完成系统扩容和一体机检查，确保配方卡发放不受影响。
（五）乙方应配备项目负责人一名、运维工程师二名，名单报甲方备案，人员变更应提前告知甲方并经甲方认可。

第五条 合同价款及支付
（一）本合同运维服务费总额为人民币叁拾伍万陆仟元整（¥356,000），按季度平均支付，每季度¥89,000。
（二）每季度结束后，甲方对乙方该季度服务进行考核，考核合格且乙方开具发票后十五个工作日内支付当季运维费（扣除第四条第（三）项的扣减金额）。
（三）本合同不设预付款。合同价款为固定总价，服务期内不作调整。
（四）运维服务费包含乙方人员的工资、差旅、交通、现场值守及培训等全部费用，甲方不再支付其他任何费用。

第六条 考核与验收
（一）季度考核标准：运维日志及月报齐全；一级故障均在时限内恢复；数据库每日备份成功，且每季度进行一次恢复演练并成功；季度内用户投诉经核实不超过三次。
（二）服务期满前十五日，乙方提交年度运维总结报告、全部运维文档及数据库完整备份，甲方对照本合同第三条、第四条逐项进行年度验收，并出具书面验收意见。年度验收合格是甲方支付第四季度运维费的条件之一。
（三）考核不合格的，乙方应在十日内整改，整改期间暂停支付当季运维费，整改合格后支付。

第七条 数据安全
（一）系统内的土壤采样、化验、耕地质量及农户信息等全部数据属于甲方，乙方仅为提供本合同运维服务使用，不得复制、留存或用于任何其他目的。
（二）乙方应落实数据安全措施：运维操作使用甲方分配的专用账号，通过甲方指定的安全通道进行；不得将数据库拷贝至任何个人设备；对数据修改须留存审批记录和操作日志；服务器安全补丁应在发布后十日内完成评估和安装。
（三）发生数据泄露、丢失、损毁或系统遭受网络攻击的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因造成的，乙方负责恢复数据并承担全部赔偿责任。
（四）服务期满或合同终止时，乙方应移交全部账号、口令、文档和数据，并删除其持有的任何数据副本。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、报表模板、配方参数调整程序及运维文档，知识产权归甲方所有，甲方可自行使用、修改或交由其他单位使用。乙方应在每季度考核时提交上述成果的最新版本及修改说明。

第九条 双方权利义务
（一）甲方负责提供机房环境、网络及必要的办公条件，为乙方人员办理出入手续。
（二）甲方应指定专人对接运维工作，及时提供田间试验结果及业务调整需求。
（三）乙方应遵守甲方的机房管理和信息安全管理制度，乙方人员违反制度造成损失的，由乙方承担。
（四）乙方不得将本合同服务转包或分包给任何第三方。
（五）一体机及服务器硬件的维修配件由甲方另行采购，乙方负责故障诊断、更换安装及恢复调试，不另收费用。
（六）甲方业务需求超出本合同第三条范围、需新开发功能模块的，双方另行协商，并依照政府采购规定另行签订合同。

第十条 服务交接
（一）服务开始后十日内，乙方应会同甲方及原运维单位完成交接，核对系统清单、账号、文档和数据库备份，形成交接记录。
（二）服务期满前三十日，乙方应制定移交方案，配合甲方或甲方新确定的运维单位完成交接，交接期间不得中断服务。

第十一条 违约责任
（一）乙方未按本合同约定提供服务的，应当继续履行并采取补救措施；给甲方造成损失的，应赔偿甲方的实际损失。
（二）甲方无正当理由逾期支付运维费的，应在收到乙方书面催告后十日内支付。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。因暴雨、停电等原因导致乡镇一体机无法使用的，乙方应在条件恢复后三日内完成检查和修复。

第十三条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。

甲方（盖章）：安平县农业技术推广中心
乙方（盖章）：石家庄禾数信息技术有限公司
签订日期：2026年2月　日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条", supplier's template)
Z05 = """# 藤编工艺生产追溯系统软件许可及定制开发合同

> 本合同采用乙方“藤迹MES标准合同文本 V3.0”，方括号内为本项目填写内容。

合同编号：[TJ-2026-0412]

甲方（买方）：[安溪县藤韵工艺品厂]

乙方（卖方）：佛山藤迹软件科技有限公司

鉴于甲方拟建设藤椅生产过程追溯系统，乙方同意向甲方提供“藤迹MES”软件许可及相关定制开发与实施服务，双方本着平等互利的原则，订立本合同。

## 第一条 定义

1.1 “标准软件”指乙方拥有的藤迹MES生产管理软件V5系列，包括工单管理、工序报工、物料批次、质检记录及看板模块。

1.2 “定制开发成果”指乙方根据甲方需求，为本项目开发的程序、接口、报表、配置及相关文档。

1.3 “上线”指系统在甲方生产现场安装部署完毕并开始使用。

1.4 “工作日”指中国法定工作日，乙方的服务时间为工作日上午八点半至下午五点半。

## 第二条 项目内容与价格

2.1 乙方向甲方提供标准软件许可（不限站点，五十个并发用户），并完成以下定制开发：

- 原藤蒸煮及蒸汽弯曲工段的温度、湿度及时长采集，弯曲模具与批次绑定；
- 编织工位扫码报工，按编织工计件统计，记录花型与用藤批次；
- 成品椅从原藤进厂、浸泡、弯曲、编织、上漆到包装的全流程批次追溯，生成追溯二维码；
- 与甲方现有用友财务软件的出入库数据对接。

2.2 合同价格如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 藤迹MES标准软件许可 | 368,000 |
| 2 | 定制开发 | 296,000 |
| 3 | 实施部署 | 58,000 |
| 4 | 用户培训 | 18,000 |
| | 合计 | 740,000 |

2.3 上述价格不含甲方现场的服务器、网络、扫码枪及工业平板等硬件，硬件由甲方自行采购或另行向乙方订购。

2.4 标准软件许可为永久许可，限甲方在安溪县内的生产厂区使用。甲方增加并发用户或厂区的，按乙方届时报价另行购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总额的55%。

3.2 系统上线后五个工作日内，甲方支付合同总额的45%。

3.3 甲方逾期付款的，乙方有权暂停实施及技术服务，工期相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，原则上在九十日内完成部署和定制开发。因甲方需求变更、现场条件不具备或甲方人员配合不到位造成的延误，不计入乙方工期。

4.2 乙方交付内容：标准软件安装程序、定制开发成果的可执行程序、用户手册。定制开发成果的源代码不属于交付范围。

4.3 乙方为甲方的生产主管、班组长、质检员和系统管理员提供集中培训，培训共两次，每次一天；此后的培训需求按乙方人天单价另行计费。

4.4 乙方向甲方提供标准的实施方法，包括需求调研、蓝图确认、系统配置、数据初始化和上线切换。甲方应在乙方提交蓝图后五个工作日内书面确认，逾期未确认的视为同意。

4.5 甲方应为乙方提供必要的场地、网络和生产配合，并指定项目联系人。

## 第五条 验收

5.1 系统安装部署完毕并上线运行后，即视为甲方验收合格。

5.2 上线前，乙方将进行内部测试，并向甲方演示主要功能。甲方在演示中提出的意见，乙方将在合理范围内予以调整。

5.3 甲方在上线后提出的新增需求，不影响验收结论，可另行签订合同。

## 第六条 维护服务

6.1 乙方提供免费维护期六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或报工中断）乙方在工作日8小时内响应，并尽快安排处理；其他问题在三个工作日内答复。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价格标准另行签订维护合同。维护合同未签订期间，乙方不再提供任何远程支持和缺陷修复。

6.4 乙方发布标准软件新版本的，免费维护期内甲方可免费升级，但因升级需调整定制开发成果的，费用另计。

6.5 乙方对非因软件本身缺陷引起的故障（包括甲方误操作、硬件或网络故障、病毒）的处理另行收费。

## 第七条 知识产权

7.1 标准软件及定制开发成果（包括源代码、数据库设计、接口程序及文档）的知识产权均归乙方所有。

7.2 乙方授予甲方在本厂范围内使用上述软件及定制开发成果的非独占、不可转让的许可。未经乙方书面同意，甲方不得对其进行修改、反向工程或提供给第三方使用。

7.3 乙方有权将定制开发成果用于其他客户的项目及标准产品。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 甲方同意乙方在去除企业名称等可识别信息后，使用上述数据进行产品改进、工艺模型训练及行业统计分析。

8.3 乙方应采取合理的技术措施保护甲方数据安全，包括访问权限控制和定期备份。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复并在第十条约定的范围内承担责任。

8.4 甲方应自行负责服务器的日常备份、病毒防护和网络安全。乙方远程维护时，甲方应开放必要的远程访问权限。

## 第九条 保密

9.1 双方对在合作中获悉的对方技术秘密和经营信息负有保密义务，未经对方书面许可不得向第三方披露。乙方的报价、实施方法和软件文档属于乙方的保密信息。

9.2 本条义务在合同终止后两年内持续有效。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总额的万分之二向甲方支付违约金，违约金累计不超过合同总额的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总额的25%。乙方对甲方的间接损失、利润损失、停产损失不承担责任。

10.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金。

## 第十一条 合同解除

一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。甲方解除合同的，乙方已完成工作对应的费用不予退还。合同解除后，甲方应停止使用定制开发成果，并删除其持有的全部副本；标准软件许可是否继续有效，以甲方是否已付清许可费为准。

## 第十二条 甲方的义务

12.1 甲方应按本合同约定按时付款，提供准确、完整的基础数据，包括原藤品种、工序路线、编织花型、计件单价和人员名单。

12.2 甲方应安排熟悉生产的人员参与需求调研和测试，并保证现场扫码设备、工业平板和网络在上线前准备就绪。

12.3 因甲方提供的数据错误或现场条件不具备导致的返工，乙方有权按人天单价另行收费。

## 第十三条 不可抗力

因不可抗力致使合同不能履行的，受影响方不承担违约责任，但应及时通知对方。

12.4 甲方应指定一名系统管理员负责日常账号管理和数据维护，系统管理员变更的，应及时通知乙方并安排交接。

## 第十四条 争议解决

因本合同产生的争议，双方友好协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方标准软件许可协议为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：佛山藤迹软件科技有限公司
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N + N.N)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KS-FRC-2026-003
P:This Agreement is made between Foshan Ruiguang Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province (the "Buyer"), and Kelani Systems (Private) Limited, a company incorporated in Sri Lanka with its registered office at No. 42 Colombo Road, Gampaha, Sri Lanka (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's quality management software and related configuration, interface and training services for its tile and sanitary-ware plants, and the Vendor has agreed to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiTrack quality management suite, version 8, including the modules for incoming inspection, in-process inspection, kiln records, non-conformance and corrective action, supplier quality and document control, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, workflows, report templates, interface programs, data-conversion scripts and documents that the Vendor creates specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including inspection results, production records, supplier information and personal information of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 180 named users and 12 plant sites of the Buyer and its subsidiaries in mainland China, on servers controlled by the Buyer.
P:2.2 The Vendor shall configure the Software for the Buyer's three plants in Foshan and Zhaoqing, including inspection plans for 46 product families, kiln curve records and the corrective-action workflow.
P:2.3 The Vendor shall build interfaces between the Software and the Buyer's ERP system, its laboratory instruments and its production execution system, and shall convert the open non-conformance records and supplier ratings from the Buyer's legacy database.
P:2.4 The Vendor shall train the Buyer's key users, quality engineers and system administrators as set out in the project plan.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,800,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,180,000; configuration services CNY 420,000; interfaces and data conversion CNY 165,000; training CNY 35,000.
P:3.2 The Contract Price is fixed. Any change in scope shall be agreed in a written change order signed by both parties before the work begins.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software has been installed, configured and has passed user acceptance testing in all three plants.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interfaces within 120 days after signature, following the project plan agreed at the kick-off meeting.
P:5.2 The acceptance criteria are: (a) every function in the Buyer's requirements specification works as described; (b) each interface has run for ten consecutive working days without error and the data in the Software reconcile with the source systems; (c) the converted records have been checked by the Buyer and are complete and correct; (d) screens open in no more than 3 seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect has occurred during a 30-day production run.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Go-live, use of the Software in production or payment of any instalment does not in itself constitute acceptance.
P:5.4 If any criterion is not met, the Vendor shall correct the defects at its own cost within 15 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the requirements specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new releases and remote and on-site support free of charge.
P:6.2 The Vendor shall respond to Severity 1 incidents (the Software unavailable at any plant, or kiln or inspection records cannot be saved) within 1 hour, at any time of day, and shall provide a workaround or fix within 8 hours. Severity 2 incidents shall receive a response within 2 hours and a fix within three working days.
P:6.3 For each full hour by which the Vendor exceeds a response or fix time in Article 6.2, the Vendor shall credit the Buyer CNY 1,000 against the next payment or support fee.
P:6.4 After the Warranty Period the Buyer may purchase annual support at a fee of 11% of the Software licence fee, that is CNY 129,800 per year. This fee is fixed for the first three years after the Warranty Period and shall not be increased during that time. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code and documentation with Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and for no other purpose, including in aggregated or anonymised form.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, approved by the Buyer for each session. The Vendor shall not copy Buyer Data outside the Buyer's environment and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours, cooperate in investigating and containing it, and compensate the Buyer for all losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including product formulas, kiln settings, prices and business plans, and shall use it only for this Agreement.
P:9.2 This obligation continues for three years after the end of this Agreement, and for trade secrets for as long as they remain secret.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the Warranty Period has ended and all obligations have been performed. The licence in Article 2.1 survives.
P:12.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination the Vendor shall deliver all work in progress and Custom Deliverables completed to date, and refund any amount paid for services not performed.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Democratic Socialist Republic of Sri Lanka.
P:14.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be finally resolved by arbitration in Colombo, Sri Lanka, under the Arbitration Act No. 11 of 1995, by a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with its annexes (requirements specification, project plan and acceptance test plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:15.3 This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# ORDER FORM — SOURCEPOINT E-SOURCING SUBSCRIPTION

**Order Form No.** SP-CN-2026-0117

**Provider:** Bentota Cloud Solutions (Private) Limited, No. 318 Galle Road, Kalutara, Sri Lanka

**Customer:** Ningbo Haichen Auto Parts Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China

This Order Form consists of Part A (Commercial Terms) and Part B (General Terms). By signing, both parties agree to Part A and Part B. If they conflict, Part A prevails.

## PART A — COMMERCIAL TERMS

### A1. Subscribed Service

SourcePoint, the Provider's cloud platform for supplier registration, requests for quotation, online bidding, contract award and supplier performance scoring, in the Enterprise edition, for up to 150 named buyer users and an unlimited number of supplier users. The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner.

### A2. Onboarding Services

The Provider shall: (a) configure the Customer's organisation structure, approval chains and purchasing categories; (b) build the Customer's RFQ, bid comparison and award templates (the "Customer Configurations"); (c) load the Customer's existing supplier master data of about 1,900 suppliers; (d) connect the Service to the Customer's ERP for purchase requisitions and purchase orders; and (e) train the Customer's buyers and administrators.

### A3. Subscription Term

The Subscription Term is 24 months, divided into two Subscription Years, starting on the date of Go-Live Acceptance under Part B section 3. The Subscription Term ends automatically at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties, at fees they then agree.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 150 named users, Enterprise edition | 268,000 |
| Subscription, Subscription Year 2 | 150 named users, Enterprise edition | 268,000 |
| Onboarding Services (one-time) | fixed price, A2 (a)–(e) | 54,000 |
| **Total Order Value** | | **590,000** |

Additional named users may be added during the Subscription Term at CNY 1,650 per user per Subscription Year, pro rata. All fees are in CNY and include value-added tax.

### A5. Invoicing and Payment

(a) The Onboarding Services fee and the fee for Subscription Year 1 are invoiced on the date of Go-Live Acceptance. (b) The fee for Subscription Year 2 is invoiced on the first day of Subscription Year 2. (c) Each invoice is payable within 30 days of receipt by bank transfer. No amount is payable before Go-Live Acceptance.

### A6. Key Dates and Contacts

Target Go-Live Acceptance date: 75 days after the signature of this Order Form. Customer contact: Head of Procurement Systems. Provider contact: Regional Delivery Manager, Kalutara.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service in A1, including its updates. 1.2 "Customer Data" means all data, documents and information entered into the Service by or for the Customer or its suppliers, including quotations, prices, contracts and supplier scores. 1.3 "Business Day" means a working day in mainland China.

### 2. Use of the Service

2.1 The Provider grants the Customer and its affiliates in mainland China the right to use the Service during the Subscription Term for their internal procurement. 2.2 The Customer is responsible for the accounts of its users and shall not resell the Service. 2.3 The Provider may update the Service from time to time, provided that no update materially reduces the functions described in A1. 2.4 The Provider shall give the Customer's administrators access to a test environment with the same configuration as production during the Subscription Term, so that new templates and approval chains can be tried before use.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall perform the Onboarding Services under a project plan agreed within ten Business Days after signature. 3.2 Go-Live Acceptance requires that: (a) every Customer Configuration has been tested by the Customer's key users against the agreed test scripts; (b) the loaded supplier master data have been checked by the Customer and reconcile with the source file; (c) the ERP connection has transferred requisitions and purchase orders for ten consecutive Business Days without error; and (d) a complete RFQ and award cycle has been run in production with at least three suppliers. 3.3 The Customer shall confirm Go-Live Acceptance in writing or list the failed criteria within five Business Days after the Provider's notice of readiness. Use of the Service before that confirmation is not acceptance. 3.4 If Go-Live Acceptance is not achieved by the target date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 36,000, without prejudice to the Customer's right to terminate under section 10.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance notified three Business Days in advance and performed between 22:00 and 06:00 Beijing time. 4.2 Priority 1 incidents (the Service is unavailable, or bidding events cannot be opened or closed) shall receive a response within 1 hour at any time and a fix or workaround within 6 hours. Priority 2 incidents shall receive a response within 3 hours during Business Days. 4.3 If monthly availability falls below the commitment in 4.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. Each hour by which a Priority 1 response or fix time is exceeded gives a credit of CNY 500. Credits are deducted from the next invoice or refunded at the end of the Subscription Term. 4.4 The Provider shall send a monthly service report showing availability, incidents and credits.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider acquires no rights in Customer Data and shall use it only to provide the Service to the Customer. 5.2 During the Subscription Term the Customer may export Customer Data at any time in CSV and PDF format. Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data to the Customer and then delete it.

### 6. Intellectual Property

6.1 The Service, its software and its documentation remain the property of the Provider. 6.2 The Customer Configurations are created for the Customer and belong to the Customer. The Customer may use, modify and license them freely, including after the Subscription Term, and the Provider shall export them on request in a documented format.

### 7. Confidentiality

7.1 Each party shall keep confidential any non-public information of the other party, including Customer Data, prices, supplier terms and the Provider's product roadmap, and shall use it only for this Order Form. 7.2 Confidential information may be disclosed to employees and advisers who need to know it and are bound by equal duties, or where required by law. 7.3 This section continues for three years after the end of the Subscription Term.

### 8. Subcontractors

8.1 The Provider may use subcontractors and sub-processors, including its hosting partner and its affiliates' support centres, to provide the Service and the Onboarding Services. 8.2 The Provider shall inform the Customer in writing of any new subcontractor at least 15 days before it starts work. The Provider remains responsible for its subcontractors' performance.

### 9. Warranties and Liability

9.1 The Provider warrants that the Service will perform substantially in accordance with its documentation and that the Onboarding Services will be performed with reasonable skill and care. 9.2 The Provider shall defend and indemnify the Customer against any third-party claim that the Service infringes intellectual property rights. 9.3 Each party's total liability under this Order Form is limited to 200% of the Total Order Value. The limit does not apply to personal injury, fraud, wilful misconduct or breach of section 7.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. 10.2 The Customer may also terminate if Go-Live Acceptance has not been achieved within 45 days after the target date. 10.3 On termination by the Customer under 10.1 or 10.2 the Provider shall refund all prepaid fees for the unused part of the Subscription Term and, where Go-Live Acceptance was not achieved, the Onboarding Services fee.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China. 11.2 Disputes that the parties cannot settle within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.

### 12. General

12.1 Notices shall be sent by email and courier to the contacts in A6. 12.2 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in a reorganisation. 12.3 This Order Form is signed in English in two originals.

Signed for the Provider: ____________________  Name / Title / Date

Signed for the Customer: ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
E03 = """T:SUPPLY AND LICENCE CONTRACT — COLD STORE TEMPERATURE MONITORING
P:Contract No. LYCC-EQ-2026-021
P:Buyer: Hangzhou Lengyuan Cold Chain Logistics Co., Ltd., Xiaoshan District, Hangzhou, People's Republic of China.
P:Supplier: Parakrama Sensing (Private) Limited, No. 7 New Town Road, Polonnaruwa, Sri Lanka, acting in China through its representative office in Hangzhou.
P:The Buyer operates six cold stores and a fleet of refrigerated trucks for frozen food and pharmaceuticals. Following its request for proposals, the Buyer has selected the Supplier to supply wireless temperature and humidity sensors, gateways and a monitoring server, to license its ColdSight monitoring software and to install and commission the system. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and accessories listed in clause 2.
P:1.2 "Software" means the ColdSight monitoring software, its mobile application and documentation, in the version current at delivery.
P:1.3 "System" means the Equipment and the Software installed and configured at the Sites.
P:1.4 "Sites" means the Buyer's cold stores in Xiaoshan, Yuhang, Jiaxing, Shaoxing, Ningbo and Huzhou, and the Buyer's central control room in Xiaoshan.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install, configure, calibrate and commission the System, and train the Buyer's staff, as specified in the Buyer's technical specification attached as Annex 1.
P:2.2 The Contract Price is CNY 1,050,000, fixed, including value-added tax, packing, transport to the Sites, insurance and import duties, broken down in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, pharma-grade, with calibration certificates|640|620|396,800
TB:2|LoRa gateways with 4G backup|32|4,800|153,600
TB:3|Monitoring server with redundant disks, installed in the Buyer's control room|1|86,000|86,000
TB:4|ColdSight monitoring software, perpetual licence, unlimited sensors at the Sites|1|312,000|312,000
TB:|Equipment and Licence Subtotal|||948,400
TB:5|Installation, cabling and commissioning at six Sites|1 lot|74,600|74,600
TB:6|On-site calibration verification and training|1 lot|27,000|27,000
TB:|Contract Price|||1,050,000
P:2.3 The licence to the Software is perpetual, non-exclusive and irrevocable, for use by the Buyer and its affiliates at the Sites and at any future cold store of the Buyer in mainland China.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price within 15 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Installation payment: 55% of the Contract Price within 30 days after the Installation Certificate for all Sites. The Installation Certificate records that the System is installed and powered; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 The Supplier shall issue a valid special VAT invoice before each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Sites within 45 days after signature and complete installation at all Sites within 75 days after signature.
P:4.2 Installation in operating cold rooms shall follow the Buyer's cold store safety rules, including the limits on time spent in freezer rooms, and shall not interrupt the Buyer's operations.
P:4.3 The Supplier shall calibrate each sensor against a reference thermometer traceable to national standards and supply a calibration record for each sensor.
P:4.4 With the Installation Certificate the Supplier shall hand over as-built drawings showing each sensor and gateway position, the network and power diagrams, the configuration backup of the server and gateways, the calibration records and the user and administrator manuals in Chinese.
P:4.5 The Supplier shall train the Buyer's control-room operators, warehouse supervisors and IT administrators in at least three sessions, covering alarm handling, report generation, battery replacement and basic troubleshooting.
H:5. Acceptance
P:5.1 After installation the System shall run for 30 consecutive days under normal operation (the "Trial Run").
P:5.2 The acceptance criteria are: (a) every sensor reports at the configured interval and no sensor misses more than two consecutive readings during the Trial Run; (b) the measurement error of each sampled sensor is within ±0.3 °C against the reference; (c) alarms reach the duty staff by SMS and app within 60 seconds of a threshold breach in every test; (d) the reports meet the GSP requirements for pharmaceutical cold chain records; and (e) no Priority 1 incident occurred during the Trial Run.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days. If not, the Supplier shall correct the defects at its own cost and the Trial Run shall be repeated. Use of the System during the Trial Run is not acceptance.
H:6. Warranty and Service
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment free of charge, including sensor batteries that fail before their rated life, and shall provide Software updates and technical support.
P:6.2 The monitoring server and Software shall be available at least 99.95% of each month during the warranty period, excluding planned maintenance agreed with the Buyer.
P:6.3 The Supplier shall respond to a Priority 1 incident (the System stops recording or alarming at any Site) within 30 minutes, be on site within 3 hours if remote repair fails, and restore recording within 8 hours. Priority 2 incidents (single sensors or gateways) shall receive a response within 2 hours and be fixed within two working days.
P:6.4 For each hour by which a response or restore time is exceeded, and for each 0.01 percentage point below the availability commitment, the Supplier shall pay a service credit of CNY 800, deducted from any amount due to the Supplier.
P:6.5 After the warranty period the Buyer may order annual maintenance at a fee of 8% of the Equipment and Licence Subtotal per year, that is CNY 75,872. This fee shall not be increased for the first two years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
P:6.6 The Supplier shall keep a stock of spare sensors and gateways in Hangzhou sufficient for replacement within one working day, and shall ensure that spare parts and Software support remain available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, subject to the licence in clause 2.3.
P:7.2 The dashboards, alarm rules, report templates and interface programs developed for the Buyer belong to the Buyer, which may use, modify and have them maintained by any third party. The Supplier shall deliver their source files at Final Acceptance.
H:8. Data Security
P:8.1 All temperature, humidity, location and alarm data and all user information in the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not keep copies.
P:8.2 The System shall store data on the Buyer's server only. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN, and shall be logged. Gateways shall use encrypted connections and default passwords shall be changed before commissioning.
P:8.3 The Supplier shall report any security incident affecting the System within 6 hours, take immediate remedial measures, and bear all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's customers, goods, sites and security arrangements received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This clause continues for three years after this Contract ends.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete installation or achieve Final Acceptance on time, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under clause 10.1 reach their maximum.
P:12.2 On termination the Supplier shall refund the payments received for Equipment or services not accepted, and the Buyer may return any Equipment that cannot be used without the rest of the System.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding.
H:14. General
P:14.1 Annex 1 (technical specification) and Annex 2 (site list and installation plan) form part of this Contract.
P:14.2 This Contract is signed in two originals in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** ES-HD-MSA-2026-02

**Customer:** Suzhou Hengda Precision Textile Machinery Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

**Provider:** Eastern Shore Technologies (Private) Limited, No. 15 D.S. Senanayake Road, Ampara, Sri Lanka, acting through its wholly owned subsidiary in Suzhou for on-site work ("Provider")

**Background.** Customer wants to outsource the day-to-day operation of its IT service desk, end-user support, network and server monitoring and patch management for its head office and two factories. Provider has been selected after a competitive tender. The parties agree as follows.

## Section 1 — Definitions

1.1 **Services** means the services described in Schedule 1. 1.2 **Service Levels** means the levels in Schedule 2. 1.3 **Service Credits** means the amounts calculated under Schedule 3. 1.4 **Service Commencement Date** means the date on which Customer confirms in writing that transition is complete under Section 3. 1.5 **Customer Data** means all data of Customer and its employees that Provider accesses, processes or stores in performing the Services, including user accounts, tickets, system logs, configuration data and engineering files. 1.6 **Deliverables** means the runbooks, knowledge-base articles, scripts, configuration baselines, reports and documentation that Provider prepares for Customer.

## Section 2 — Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the **Service Term**). 2.2 The Service Term does not renew automatically. At least 90 days before the end of the Service Term the parties may agree in writing to extend it, at charges they then agree.

## Section 3 — Transition

3.1 Provider shall take over the Services from Customer's current arrangements under a transition plan agreed within 15 days after signature. The Planned Commencement Date is 60 days after signature. 3.2 Transition is complete when: (a) all assets and accounts in scope are recorded in Provider's tools and reconciled with Customer's asset register; (b) monitoring covers every server, switch, firewall and wireless controller in scope and alerts have been tested; (c) runbooks for the 40 most frequent request types have been approved by Customer; (d) Provider's staff have shadowed Customer's IT team for 20 working days; and (e) a parallel run of ten working days has met the Service Levels. 3.3 Customer shall confirm completion or list the open items within five working days after Provider's notice. 3.4 If the Service Commencement Date falls after the Planned Commencement Date for reasons attributable to Provider, Provider shall pay liquidated damages of 0.02% of the Total Contract Value for each day of delay.

## Section 4 — Charges and Payment

4.1 The charges are set out in Schedule 1, Part B. The **Total Contract Value** is CNY 2,184,000. 4.2 The Transition Charge is invoiced on the Service Commencement Date. 4.3 The Monthly Charge is invoiced monthly in arrears, after Customer has received the monthly service report. 4.4 Invoices are payable within 30 days. Service Credits are deducted from the next invoice. 4.5 No charges are payable before the Service Commencement Date. The charges are fixed for the Service Term.

## Section 5 — Service Delivery

5.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2. 5.2 Provider shall deliver a monthly service report by the fifth working day of each month with ticket volumes, Service Level results, major incidents, patch compliance and improvement actions, and shall attend a monthly review meeting. 5.3 Provider shall keep a named service delivery manager and at least three on-site engineers in Suzhou. Key personnel may be replaced only with Customer's approval. 5.4 Provider shall follow Customer's change management, access and site safety rules.

## Section 6 — Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may use it only to perform the Services and shall not use it for any other purpose, including in aggregated or anonymised form. 6.2 Provider shall access Customer's systems only with named accounts, multi-factor authentication and through Customer's privileged access gateway, and all sessions shall be recorded. Provider shall not store Customer Data outside Customer's environment, except ticket data in Provider's service management tool hosted in mainland China. 6.3 Provider shall maintain ISO/IEC 27001 certification for the Services and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. 6.4 Provider shall notify Customer of any actual or suspected security incident within 2 hours of becoming aware of it, contain it, and bear the costs and losses caused by its breach of this Section. 6.5 On expiry or termination Provider shall return all Customer Data and Deliverables and then securely delete its copies.

## Section 7 — Intellectual Property

7.1 Deliverables belong to Customer on creation. Customer may use, modify and license them freely, including to a replacement provider. 7.2 Provider's pre-existing tools and methods remain Provider's; to the extent they are embedded in Deliverables, Provider grants Customer a perpetual, free licence to use them for Customer's business.

## Section 8 — Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's designs, engineering drawings, network diagrams and passwords, and shall use it only for this Agreement. 8.2 This obligation survives for three years after the Agreement ends, and indefinitely for passwords and security settings.

## Section 9 — Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## Section 10 — Liability

10.1 Provider's aggregate liability arising out of or in connection with this Agreement is limited to the total Monthly Charges paid by Customer in the six months immediately preceding the event giving rise to the claim. 10.2 Neither party is liable for indirect or consequential loss or loss of profit. 10.3 The limit in 10.1 does not apply to personal injury or wilful misconduct.

## Section 11 — Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Service Credits reach the monthly maximum in three consecutive months. 11.2 On expiry or termination Provider shall provide exit assistance for up to 90 days, at the Monthly Charge pro rata, so that the Services transfer without interruption to Customer or a new provider.

## Section 12 — Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China. 12.2 Disputes not settled by negotiation within 30 days shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 13 — General

13.1 Schedules 1 to 3 form part of this Agreement; if they conflict with a Section, the Section prevails. 13.2 Changes to the Services or charges require a written change order signed by both parties. 13.3 Notices shall be given in writing to the addresses above, with a copy by email to each party's contract manager. 13.4 This Agreement is signed in two English originals.

## Schedule 1 — Services and Charges

**Part A — Services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, email and portal support in Chinese and English for about 850 users; ticket logging, triage and first-line resolution | 07:30–20:00, Monday to Saturday; on-call otherwise |
| End-user support | Desk-side support, PC and printer repair, software installation, joiners and leavers | On site, factory shifts |
| Network and server monitoring | Monitoring of 64 servers, 210 network devices and the plant wireless network; alert handling and escalation | 24 x 7 |
| Patch management | Monthly patching of servers and PCs after testing; emergency patches for critical vulnerabilities | Agreed windows |
| Backup operations | Daily backup checks and quarterly restore tests | Daily |

**Part B — Charges**

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, Section 3 | 96,000 |
| Monthly Charge | 36 months × CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restore |
|---|---|---|---|
| P1 | Factory production systems, the ERP, the network core or more than 50 users affected | 15 minutes | 3 hours |
| P2 | A department or a critical single user affected | 30 minutes | 8 hours |
| P3 | A single user affected, workaround available | 2 hours | 2 working days |
| Service desk | Calls answered | 85% within 30 seconds | — |

## Schedule 3 — Service Credits

| Failure | Service Credit |
|---|---|
| Each P1 incident not responded to or restored within the Service Level | 3% of the Monthly Charge |
| More than two P2 incidents in a month not responded to or restored within the Service Level | 2% of the Monthly Charge |
| Monthly service report late by more than five working days | 1% of the Monthly Charge |
| Monthly maximum | 10% of the Monthly Charge |

Signed for Customer: ____________________ Name / Title / Date

Signed for Provider: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings + numbered clauses)
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. NSD-QHN-2026-05

BETWEEN

Qingdao Haina Food Import and Export Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China (the "Customer")

AND

Northern Spice Data (Private) Limited, No. 88 Kandy Road, Vavuniya, Sri Lanka (the "Provider")

RECITALS

The Provider collects and publishes daily auction, export and farm-gate prices, shipment volumes and crop reports for tea, cinnamon, pepper, cloves, cardamom and other spices from producing countries in South and South-East Asia. The Customer imports these products into China and wishes to receive the Provider's data through an application programming interface (API) and a web dashboard for its buying and pricing decisions. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the prices, indices, volumes, reports and other content made available by the Provider through the Service.
1.2 "Service" means access to the Provider Data through the Provider's REST API and web dashboard, as described in clause 2.
1.3 "Customer Data" means the watchlists, product codes, supplier names, contract prices and other information that the Customer uploads to or enters in the Service, and the records of the Customer's queries.
1.4 "Custom Outputs" means the mapping tables between the Provider's product codes and the Customer's item codes, and the Customer-specific landed-cost index, that the Provider builds for the Customer under clause 3.
1.5 "Subscription Year" means each period of 365 days starting on the Onboarding Completion Date and on its first anniversary.

2. THE SERVICE

2.1 The Provider shall give the Customer access to the Service for 25 named users and up to 2,000,000 API calls per Subscription Year.
2.2 The Service includes: daily prices from the Colombo tea auction and the main spice markets, published by 10:00 Beijing time on each trading day; weekly export and shipment statistics; monthly crop and weather reports; and historical data from 2012 onwards.
2.3 The Customer may use the Provider Data for its internal business, including in its own reports, price lists and presentations to customers, provided that it does not resell the Provider Data as a data product.
2.4 The Provider shall inform the Customer at least 30 days in advance of any change to the API that is not backward compatible.

2.5 The Provider Data is delivered in JSON through the API and can be exported from the dashboard in CSV and Excel format. Prices are given in the currency of the market where they are recorded, with a daily conversion into CNY and US dollars at published reference rates.
2.6 The Customer shall keep its API credentials secure, shall not share accounts between users, and shall tell the Provider promptly if it suspects that credentials have been misused.

3. ONBOARDING

3.1 Within 40 days after signature the Provider shall: (a) issue API credentials and a test environment; (b) deliver the API documentation and data dictionary in English and Chinese; (c) build the Custom Outputs for the Customer's 320 item codes; and (d) load the Customer's watchlists and alert settings.
3.2 Onboarding is complete when the Customer confirms in writing that: (a) test calls for every endpoint return complete and correctly formatted data; (b) the historical data for the Customer's items reconcile with a sample of published auction results chosen by the Customer; (c) the Custom Outputs map every item code and the landed-cost index reproduces the Customer's own calculation for three sample months; and (d) the dashboard has been used by the Customer's buyers for ten working days. The date of that confirmation is the "Onboarding Completion Date". Use of the test environment is not acceptance.
3.3 If the Onboarding Completion Date has not occurred within 40 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 250 for each day of delay, without affecting the Customer's other rights.

4. TERM

4.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Onboarding Completion Date.
4.2 The subscription ends at the end of the second Subscription Year. It does not renew automatically. A further subscription requires a new written agreement at fees agreed at that time.

5. FEES AND PAYMENT

5.1 The fees are:
    Subscription fee, Subscription Year 1: CNY 186,000
    Subscription fee, Subscription Year 2: CNY 186,000
    Onboarding and Custom Outputs, one-time: CNY 28,000
    Total fees: CNY 400,000
5.2 API calls above the annual allowance in clause 2.1 are charged at CNY 90 per 10,000 calls, invoiced at the end of the Subscription Year.
5.3 The onboarding fee and the fee for Subscription Year 1 are invoiced on the Onboarding Completion Date. The fee for Subscription Year 2 is invoiced on the first day of Subscription Year 2. Invoices are payable within 30 days by bank transfer in CNY. No fee is payable before the Onboarding Completion Date.
5.4 The fees include all taxes, and are fixed for both Subscription Years.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the Service available and to publish the Provider Data on time, but does not commit to any level of availability, timeliness or accuracy.
6.2 The Provider provides support by email and through its online help centre during business hours in Sri Lanka. The Provider will try to answer support requests promptly.
6.3 Planned maintenance will normally take place at weekends and will be announced on the dashboard.

6.4 If the Customer reports an error in the Provider Data, the Provider will check the source and publish a correction with a note in the change log of the dashboard.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and shall not disclose it, analyse it or use it for any other purpose, in identifiable, aggregated or anonymised form.
7.2 The Provider shall host Customer Data in a data centre in mainland China, encrypt it in transit and at rest, restrict access to named staff who need it, keep access logs, and comply with the PRC Data Security Law and Personal Information Protection Law.
7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take measures to contain it, and compensate the Customer for losses caused by the Provider's breach of this clause.
7.4 Within 30 days after the end of the subscription the Provider shall return all Customer Data and the Custom Outputs in CSV format and then delete them from its systems.

8. INTELLECTUAL PROPERTY

8.1 The Provider Data and the Service remain the property of the Provider and its sources. The Customer receives the licence in clause 2.3 during the subscription and may keep and use data downloaded during the subscription afterwards for its internal records.
8.2 The Custom Outputs are made for the Customer and belong to the Customer, which may use, modify and license them freely, including after the subscription ends.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchase volumes, suppliers and contract prices, and shall use it only for this Agreement.
9.2 This clause continues for three years after this Agreement ends.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the Service or the onboarding work without the Customer's prior written consent, and remains responsible for approved subcontractors. Public sources from which the Provider collects data are not subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1.
11.2 The limit does not apply to breach of clauses 7 and 9, infringement of intellectual property rights or wilful misconduct.
11.3 Neither party is liable for indirect loss or loss of profit, including trading losses arising from decisions based on the Provider Data.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 If the Customer terminates under clause 12.1, the Provider shall refund the fees paid for the remainder of the current Subscription Year and, if onboarding was not completed, the onboarding fee.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall first be negotiated for 30 days and, failing agreement, submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. FORCE MAJEURE

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it informs the other party promptly. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice.

15. GENERAL

15.1 Notices shall be in writing and sent by courier and email to the addresses above.
15.2 Neither party may assign this Agreement without the other's written consent.
15.3 This Agreement is made in two English originals. A Chinese translation is for reference only.

SIGNED for the Customer: ____________________  Name / Title / Date

SIGNED for the Provider: ____________________  Name / Title / Date
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- labels (buyer's view)
TARGETS = {
    "z01": ("h738z01_surveying_institute_geoinfo_sharing_platform.pdf", "pdf"),
    "z02": ("h738z02_vacuum_flask_plant_line_control_retrofit.docx", "docx"),
    "z03": ("h738z03_pancake_chain_ordering_membership_saas.txt", "txt"),
    "z04": ("h738z04_soil_fertilizer_station_system_om_service.txt", "txt"),
    "z05": ("h738z05_rattan_works_tracking_software_supplier_template.md", "md"),
    "e01": ("h738e01_perpetual_qms_licence_gampaha_vendor.pdf", "pdf"),
    "e02": ("h738e02_esourcing_saas_order_form_kalutara_vendor.md", "md"),
    "e03": ("h738e03_cold_store_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h738e04_managed_it_services_36_months_ampara_vendor.md", "md"),
    "e05": ("h738e05_commodity_price_data_api_subscription.txt", "txt"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")


def label(lang, cat, value, sla=True, ld=True, capped=None, deemed=False, **kw):
    t = dict(BASE)
    t.update(kw)
    t = {k: t[k] for k in KEYS}
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"language": lang, "category": cat, "expected_terms": t, "expected_extra": x}


SERVICE = dict(contract_kind="service", final_payment_on_acceptance=None)
LABELS = {
    # 测绘院 地理信息共享平台: 1,268,000 + 734,000 + 216,000 + 92,000
    "z01": label("zh", "software", 2310000, capped=True, availability_pct=99.95, p1_response_hours=0.5,
                 ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=9,
                 governing_law="PRC"),
    # 暖水瓶厂 line retrofit: 软硬件小计 1,462,000 + 148,000 + 96,000 + 24,000
    "z02": label("zh", "hardware", 1730000, capped=True, p1_response_hours=1, ld_rate_per_day_pct=0.1,
                 prepayment_pct=25, warranty_months=18, post_warranty_fee_pct=28, subcontract_without_consent=True),
    # 煎饼 SaaS: 2 x 198,000 + 86,000; 上线延误 ¥400/日
    "z03": label("zh", "cloud", 482000, availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                 ld_rate_per_day_pct=400 / 482000 * 100, auto_renewal_price_increase=True, **SERVICE),
    # 土肥站 运维: 4 x 89,000
    "z04": label("zh", "services", 356000, ld=False, p1_response_hours=0.5, confidentiality=False,
                 termination_for_breach=False, governing_law=None, **SERVICE),
    # 藤椅工艺厂 supplier template: 368,000 + 296,000 + 58,000 + 18,000
    "z05": label("zh", "software", 740000, capped=False, deemed=True, p1_response_hours=8, sla_remedy=False,
                 ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=25,
                 prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                 post_warranty_fee_pct=None, subcontract_without_consent=None, governing_law=None),
    # QMS perpetual licence: 1,180,000 + 420,000 + 165,000 + 35,000
    "e01": label("en", "software", 1800000, capped=True, p1_response_hours=1, ld_rate_per_day_pct=0.08,
                 liability_cap_pct=150, prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=11,
                 governing_law="Sri Lanka"),
    # e-sourcing SaaS: 2 x 268,000 + 54,000; CNY 600 per day late go-live
    "e02": label("en", "cloud", 590000, availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                 ld_rate_per_day_pct=600 / 590000 * 100, liability_cap_pct=200, subcontract_without_consent=True,
                 **SERVICE),
    # sensors + monitoring licence: subtotal 948,400 + 74,600 + 27,000
    "e03": label("en", "hardware", 1050000, capped=True, availability_pct=99.95, p1_response_hours=0.5,
                 ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10, warranty_months=36,
                 post_warranty_fee_pct=8),
    # managed services: 36 x 58,000 + 96,000; cap = charges of the preceding 6 months
    "e04": label("en", "services", 2184000, p1_response_hours=0.25, ld_rate_per_day_pct=0.02,
                 liability_cap_pct=6 / 36 * 100, **SERVICE),
    # data / API subscription: 2 x 186,000 + 28,000; CNY 250 per day late onboarding
    "e05": label("en", "cloud", 400000, sla=False, sla_remedy=False, ld_rate_per_day_pct=250 / 400000 * 100,
                 liability_cap_pct=150, **SERVICE),
}
FEE_BASE = {"z01": 1268000, "z02": 1462000, "z05": 368000, "e01": 1180000, "e03": 948400}
FORUM_OUTSIDE = {"e01": True}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-SUBCONTRACT"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-LD-MISSING", "CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-DATA-OWNERSHIP"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-LD-LOW"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high", "e01": "low", "e02": "high",
        "e03": "low", "e04": "medium", "e05": "high"}

# ---------------------------------------------------------------- checks
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, value):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] \
            or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[value]
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x):
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, key)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


THRESH = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4(?:\.0+)?[\s-]*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\d.])0?\.050*\s*(?:%|per\s*cent|percent)",
    r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一百|百)",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.])12[\s-]*(?:months?|个月|月)", r"十二个?月", r"twelve[\s-]*(?:\(12\))?[\s-]*months?",
    r"(?:warranty|质保|保修)[^.。;；]{0,20}(?:\bone|(?<![\d.])1)[\s-]*(?:years?|年)",
    r"(?<![\d.])5[\s-]*(?:years?|年)(?![\d])", r"(?<![十\d])五\s*年", r"\bfive[\s-]*(?:\(5\))?[\s-]*years?",
    r"(?<![\d.])60[\s-]*(?:months?|个月)",
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in THRESH), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "100 per cent", "30%",
            "百分之三十", "15%", "百分之十五", "40%", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "warranty period of one year", "质保期为1年", "five years", "5年", "五年", "60 months"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "二十四小时", "0.055%", "万分之五十", "10.05%", "1000%",
             "130%", "150%", "35%", "112 months", "2025年", "0.4 hours", "14 days", "二十五年", "45%", "6 months",
             "18个月", "25%"]
for s in MUST_HIT:
    assert THRESH_RE.search(s), s
for s in MUST_MISS:
    assert not THRESH_RE.search(s), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_src = {k: v for k, v in SOURCES.items() if TARGETS[k][1] in ("docx", "pdf")}
    bin_tg = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(bin_src, bin_tg, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind) in TARGETS.items():
        lab = LABELS[k]
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, v in THRESHOLD_VALUES.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        s = tco_share(t, x, k)
        if s is not None:
            assert abs(s - 40) > 2, (k, s)
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk(rules) == RISK[k], (k, risk(rules))
        covered |= set(rules)
        out = {"file": name, "language": lab["language"], "category": lab["category"], "expected_terms": t,
               "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        if lab["language"] == "zh":
            n = len(re.sub(r"\s+", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        print("%-8s %-5s %6d %-6s %s" % (k, lab["language"], n, risk(rules), ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for k in TARGETS:
        LABELS[k]["expected_extra"]
    print("all checks passed; coverage", len(covered))


if __name__ == "__main__":
    main()
