"""holdout369: writes the ten blind held-out contracts, their .json labels, and checks lengths, thresholds and the mix.
Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  人社局 劳动保障监察平台 (政府采购 公开招标, buyer's paper) — .pdf, 第X条 + 1.1 — compliant
# ----------------------------------------------------------------------------------------------------------------
Z01 = """
T:澄州市劳动保障监察综合管理平台建设项目合同书
P:合同编号：CZRS-ZFCG-2025-017
P:采购方式：公开招标（招标编号：CZZC2025-G0412）
P:甲方（采购人）：澄州市人力资源和社会保障局，地址：澄州市政务中心东区3号楼
P:乙方（中标供应商）：南岭数智科技有限公司，地址：澄州市高新区云杉路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设劳动保障监察综合管理平台，包括案件办理、欠薪预警、投诉举报受理、移动执法、用人单位守法诚信评价五个子系统，以及与省级劳动保障监察系统、市场监管登记系统、住建部门建筑工人实名制平台的数据接口。
P:1.2 平台部署于澄州市政务云，乙方负责软件安装、历史数据迁移、接口联调、人员培训及质保期内的维护服务。
P:1.3 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分；内容不一致的，以本合同条款为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾叁万元整（¥2,530,000.00），为固定总价，已包含税费、差旅、第三方测评配合等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台基础软件许可（永久许可，不限用户数）|860,000
TB:2|五个子系统定制开发|1,240,000
TB:3|历史数据迁移及接口开发|318,000
TB:4|部署实施及培训|112,000
TB:合计| |2,530,000
P:2.2 除本合同另有约定外，甲方无需支付本合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交金额为合同总价10%的履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币506,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,138,500元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币885,500元。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方付款受财政资金拨付程序影响而延迟的，不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后10个工作日内提交项目实施计划，明确需求调研、开发、测试、数据迁移和上线等阶段的里程碑，经甲方确认后执行。
P:4.2 乙方应在合同签订后150日内完成全部开发、部署及数据迁移，并向甲方提交初步验收申请。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能逐项测试通过；（2）历史案件及用人单位数据迁移后经抽样比对无差错；（3）在200个并发用户条件下，常用查询响应时间不超过3秒；（4）三个外部接口连续运行10日无数据丢失；（5）取得第三方机构出具的安全测评报告，且无高风险问题。
P:5.2 初步验收合格后进入90日试运行期。试运行期内未发生一级故障且遗留问题全部整改完毕的，乙方可申请最终验收，甲方应在收到申请后15个工作日内组织专家验收并出具书面验收意见。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质量保证期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、现场及远程技术支持。
P:6.2 质保期内平台月可用率应不低于99.95%，经甲方同意的计划维护时间除外；计划维护须提前3个工作日书面报甲方同意。
P:6.3 故障分级及响应：一级故障（平台整体不可用或核心子系统无法办理案件）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次一工作日内解决；三级故障在下一版本中修复。
P:6.4 乙方未按6.3条时限响应或恢复的，每超时1小时扣减人民币1,000元；月可用率每低于约定值0.01个百分点，扣减人民币2,000元。扣减款项从履约保函或应付款中抵扣。
P:6.5 质保期满后，如甲方需要继续维护，年度维护费按平台基础软件许可费的10%计取，即每年人民币86,000元，质保期满后的两个维护年度内不得上调，具体以双方另行签订的维护合同为准。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的子系统、接口程序、数据迁移脚本及全部技术文档的知识产权归甲方所有，乙方应在最终验收前向甲方交付完整源代码及编译说明，甲方有权自行或委托第三方修改、使用。
P:7.2 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证所交付软件不侵犯第三方合法权益；因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的案件信息、投诉举报人信息、用人单位及劳动者个人信息等全部数据归甲方所有。乙方仅可为履行本合同在甲方授权范围内接触数据，不得以任何形式复制、留存、加工或向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求配合落实安全措施，其人员须通过堡垒机经审批登录，操作全程留痕；开发测试须使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 本条义务不因合同终止而失效，直至相关信息依法公开。
H:第十条 违约责任
P:10.1 乙方逾期提交初步验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 乙方交付的平台不符合约定且逾期未整改的，甲方有权要求乙方继续履行并赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目，亦不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期超过60日；（2）验收两次不合格；（3）发生因乙方原因导致的重大数据安全事件；（4）有其他严重违约行为，经甲方书面催告后15日内仍未纠正。
P:12.2 合同解除的，乙方应退还甲方已支付但未对应合格交付部分的款项，并赔偿甲方损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，至质保期届满且双方义务履行完毕时终止。
P:14.2 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：澄州市人力资源和社会保障局    乙方（盖章）：南岭数智科技有限公司
P:授权代表：____________    授权代表：____________
P:日期：2025年  月  日    日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  造纸厂 白水回收系统控制改造 + 维保 — .docx, 一、/（一）, Word price table
# ----------------------------------------------------------------------------------------------------------------
Z02 = """
T:白水回收系统控制改造项目合同
P:合同编号：XJY-SB-2025-0638
P:甲方：湘江源纸业股份有限公司
P:乙方：苏州德控自动化工程有限公司
P:甲方三号纸机白水回收系统现有控制设备老化，多圆盘过滤机、气浮池及清水回用环节主要依靠人工调节，纤维流失和清水消耗偏高。为实现白水回收全流程自动控制，甲方委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。
H:一、改造范围
P:（一）乙方负责白水回收系统控制改造的设计、设备供货、控制程序编制、安装调试及培训，范围包括多圆盘过滤机、超效浅层气浮池、白水塔液位、清水及浊白水回用管线。
P:（二）改造后的控制系统应接入甲方现有纸机DCS，并在甲方中控室实现集中监控、报警和报表查询。
P:（三）施工须利用甲方安排的停机检修窗口进行，乙方应提前10日提交施工方案，经甲方生产部门审核同意后方可实施。
H:二、合同价款
P:（一）本合同总价为人民币壹佰陆拾贰万元整（¥1,620,000.00），含设备、软件、运输、安装、调试、培训及税费。明细如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统（冗余主站及远程I/O站）|1套|468,000
TB:2|变频器（7.5kW至90kW）|22台|215,600
TB:3|在线浓度计、浊度仪及电磁流量计|36台|381,600
TB:4|上位监控软件许可（2服务器、4客户端）|1套|156,000
TB:5|工业以太网交换机及光缆|1批|72,400
TB:|硬件及软件小计||1,293,600
TB:6|控制程序编制与组态|1项|186,000
TB:7|安装调试（含停机窗口施工）|1项|124,400
TB:8|操作及维护培训|1项|16,000
TB:|合计||1,620,000
P:（二）上述价格为固定价格，合同履行期间不因材料价格、汇率等因素调整。
P:（三）主要设备品牌、型号及技术参数以技术附件为准。乙方如需替换品牌或型号，应事先书面报甲方同意，且替换设备的性能不得低于原约定。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即162,000元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%，即567,000元。到货签收仅确认数量与外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即810,000元。
P:（四）剩余5%即81,000元作为质量保证金，质保期满且无未决质量问题后支付。
H:四、交货与工期
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方厂区指定地点，并提供装箱单、合格证及出厂检验报告。
P:（二）乙方应在甲方安排的停机窗口内完成新旧系统切换，并在设备到货后45日内具备验收条件。
P:（三）切换过程中乙方应保留原控制系统的手动操作回路，确保切换失败时可在2小时内恢复原运行方式，不影响纸机正常开机。
H:五、验收
P:（一）系统切换完成后连续运行72小时，无控制回路失效，且满足以下指标：回收清水浊度稳定在技术附件约定范围内；清水回用率较改造前提高8个百分点以上；技术附件所列全部控制回路投入自动运行；全部联锁保护经逐项测试动作正确。
P:（二）上述指标达到后，双方共同签署最终验收报告。系统投入生产运行不视为验收合格。
P:（三）验收未通过的，乙方应在10日内完成整改并再次组织验收，费用由乙方承担。
H:六、培训与资料
P:（一）乙方应在系统切换前对甲方操作人员、仪表及电气维护人员分两批进行培训，内容包括系统操作、常见报警处理、变频器参数设置、仪表校准及控制程序备份恢复，每批不少于3个工作日，培训结束后进行考核。
P:（二）乙方应在最终验收前向甲方提交竣工图、控制原理说明、I/O清单、联锁逻辑表、设备说明书、备品备件清单及控制程序备份介质各两套，电子版一套。
H:七、双方配合事项
P:（一）甲方负责提供施工所需的水、电、压缩空气及临时存放场地，并指派专人协调停机窗口和工艺配合。
P:（二）乙方进入甲方厂区施工，应遵守甲方安全生产管理制度，办理动火、登高、受限空间等作业审批，为施工人员购买意外伤害保险。因乙方违章作业造成的人身伤害和财产损失由乙方承担。
P:（三）乙方拆除的旧控制柜、旧仪表等归甲方所有，乙方应按甲方要求运至指定地点。
H:八、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题引起的故障，乙方免费维修或更换。
P:（二）故障响应：导致纸机停机或白水系统无法运行的一级故障，乙方应在30分钟内电话响应，3小时内到达现场；其他故障2小时内响应，24小时内到场处理。
P:（三）乙方未按上述时限响应或到场的，每延误1小时向甲方支付800元，从质量保证金中扣除。
P:（四）质保期满后，乙方继续为甲方提供维保服务，内容包括定期巡检、备件供应及控制程序维护。维保服务费按乙方届时公布的服务价格目录执行，乙方可根据人工及备件成本情况每年调整。
H:九、知识产权
P:（一）乙方为本项目编制的控制程序、组态画面、接口程序及其源文件归甲方所有，甲方可自行修改、复制和使用。
P:（二）PLC系统软件、上位监控软件等第三方产品的知识产权归其原权利人所有，甲方依许可条款永久使用。
H:十、数据与网络安全
P:（一）白水系统运行数据、工艺参数及生产报表属于甲方所有，乙方不得复制、带出厂区或用于本合同以外的用途。
P:（二）乙方远程访问控制系统的，须经甲方逐次审批并通过甲方指定的VPN及工控防火墙接入，严禁使用未经查杀的移动存储介质。
P:（三）因乙方原因造成控制系统感染病毒、数据泄露或被非法控制的，乙方应在2小时内报告甲方，立即采取处置措施，并承担由此造成的全部损失。
H:十一、保密
P:乙方对在履约过程中知悉的甲方工艺配方、生产数据及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后持续有效。
H:十二、违约责任
P:（一）乙方逾期交货或逾期具备验收条件的，每逾期一日按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）乙方对本合同项下全部赔偿责任（含违约金）以合同总价的1.5倍为限，但因故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:十三、分包
P:仪表管线安装等辅助工作如需由第三方施工，乙方应事先取得甲方书面同意，并对第三方的施工质量和安全负责。
H:十四、合同的履行与解除
P:（一）本合同生效后，双方应全面履行，任何一方均不得单方解除合同。
P:（二）乙方违约的，甲方可以要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交湘潭仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术附件为本合同不可分割的组成部分。
P:甲方（盖章）：湘江源纸业股份有限公司    乙方（盖章）：苏州德控自动化工程有限公司
P:代表签字：____________    代表签字：____________
P:签订日期：2025年8月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  连锁早教中心 (25 家) 排课及会员 SaaS + 实施 — .txt, 第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
Z03 = """连锁早教中心排课及会员管理SaaS服务合同

合同编号：TY-KZ-2025-0903
甲方：杭州童悦早教管理有限公司
地址：杭州市滨江区江南大道1288号
乙方：上海课栈云科技有限公司
地址：上海市闵行区申长路990号

鉴于甲方在浙江、江苏两省经营25家早教中心，需要统一的排课、会员、课消及家长端小程序系统；乙方提供“课栈云”早教行业SaaS服务。双方经协商，就甲方订阅课栈云服务及相关实施事宜达成如下协议，以资共同遵守。

第一条 服务内容
（1）乙方向甲方25家中心提供课栈云SaaS服务，包括排课管理、会员与课包管理、课消核销、教师课时统计、家长端微信小程序及经营报表模块。
（2）实施服务包括：现有会员档案及剩余课时迁移、25家中心课程体系与教室资源配置、与甲方微信支付商户号及用友财务系统对接、总部管理员及各中心前台人员培训。
（3）服务期为三个服务年度，自系统上线验收通过之日起计算。
（4）服务期内，乙方免费提供课栈云标准功能的版本更新，并为甲方指定一名客户成功经理，负责需求对接、季度服务回顾及使用情况分析。

第二条 费用
（1）本合同总价为人民币1,158,000元，明细如下：
订阅费：每家中心每个服务年度13,200元，25家中心每个服务年度合计330,000元，三个服务年度共990,000元；
实施费：168,000元（一次性）。
（2）短信通知超出每个服务年度赠送额度的部分，按每条0.045元据实结算，不计入合同总价。
（3）服务期内甲方新增中心的，按每家中心每个服务年度13,200元另行计费，费用按该中心开通日至当期服务年度结束日的天数折算；关闭中心的，甲方可书面通知乙方停用，自下一个服务年度起相应减少订阅费。

第三条 付款
（1）本合同签订后10个工作日内，甲方一次性支付实施费168,000元及首个服务年度订阅费330,000元，合计498,000元。乙方在收到该笔款项后开通系统账号并启动实施。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前15日内支付；乙方应提前30日向甲方发出付款通知并列明上一服务年度的服务抵扣金额。
（3）乙方收款前应向甲方开具增值税专用发票。

第四条 实施与上线验收
（1）乙方应在收到第三条第（1）项款项后45日内完成实施，具备上线条件。
（2）上线验收标准：①迁移的会员档案、课包余额及剩余课时经甲方逐店核对无差错；②排课、约课、课消、请假、退费等核心流程按双方确认的测试用例全部通过；③家长端小程序在200人并发下页面打开时间不超过2秒；④微信支付对账与用友凭证生成连续5日无差异。
（3）满足上述标准后，甲方签署上线验收单。系统开通或甲方试用均不视为验收通过。
（4）上线验收未通过的，乙方应在10日内完成整改并重新提交验收；两次验收仍未通过的，甲方可按第十二条处理。
（5）乙方应在上线前为每家中心的前台及课程顾问提供不少于半天的现场或远程培训，并提供操作手册和视频教程。

第五条 服务水平
（1）系统月可用率不低于99.95%，计划维护应安排在每日22:00至次日6:00之间，并提前2日通知甲方。
（2）一级故障（系统整体无法登录，或无法排课、课消）：乙方应在30分钟内响应，2小时内恢复；二级故障：2小时内响应，次一工作日内解决；三级故障在下一版本中修复。
（3）月可用率低于约定值，或一级故障未按时恢复的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣，在下期订阅费中扣减。
（4）乙方提供工作日9:00至21:00的在线客服及电话支持，周末及法定节假日提供值班支持，以满足早教中心周末排课高峰的需要。
（5）乙方每季度向甲方提供服务报告，列明可用率、故障记录及处理情况、服务抵扣金额。

第六条 数据
（1）甲方在系统中录入或产生的会员、家长、儿童、课程及交易数据（以下简称“甲方数据”）归甲方所有。
（2）乙方有权对甲方数据进行去标识化处理后，用于改进课栈云产品功能、训练排课推荐模型及编制早教行业经营分析报告，该项权利在本合同终止后继续有效。
（3）乙方应按网络安全等级保护第三级要求运营系统，对甲方数据加密存储和传输，实行最小权限访问和操作日志审计，儿童个人信息单独加密保存。
（4）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方赔偿甲方由此遭受的损失。
（5）合同终止后30日内，乙方应按甲方要求导出并交付全部甲方数据，随后删除其系统中的甲方数据（本条第（2）项所述去标识化数据除外）。

第七条 知识产权
（1）课栈云平台及其升级版本的知识产权归乙方所有。
（2）为甲方配置的课程体系、报表模板及对接程序归甲方所有，甲方可自由使用、修改或交由第三方使用。
（3）乙方保证课栈云平台不侵犯任何第三方的知识产权；因此引起的索赔由乙方负责处理并承担费用。

第八条 保密
双方对在合作中知悉的对方商业秘密及其他非公开信息负有保密义务，未经对方书面同意不得披露，保密期限自本合同签订之日起至合同终止后三年。

第九条 违约责任
（1）乙方未能在第四条第（1）项约定期限内具备上线条件的，每逾期一日按本合同总价的千分之一支付违约金，累计不超过本合同总价的10%。
（2）乙方对本合同项下的累计赔偿责任以本合同总价的1.5倍为限，但数据安全事件造成的损失及乙方故意行为除外。
（3）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

第十条 分包
乙方使用阿里云作为本服务的云基础设施，甲方签署本合同即视为同意；除此之外，乙方不得将本合同项下任何服务分包或转包给第三方，确需分包的须事先取得甲方书面同意。

第十一条 续期
服务期届满前30日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，此后亦同。续期期间的订阅费按乙方届时公布的标准价格执行，乙方有权据此上调单价。

第十二条 解除
（1）一个月内累计发生3次以上一级故障，或乙方严重违约经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还未使用服务期间的订阅费。
（2）甲方逾期付款超过60日的，乙方可暂停服务，经书面催告后仍未支付的，乙方可解除合同。
（3）合同终止或解除的，乙方应按第六条第（5）项交付甲方数据，并在交付完成前保持系统只读访问。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

第十四条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）本合同未尽事宜，双方可另行签订补充协议。
（3）双方指定的联系人及联系方式见附件，一方变更联系人的，应提前5日书面通知对方。

甲方（盖章）：杭州童悦早教管理有限公司        乙方（盖章）：上海课栈云科技有限公司
日期：2025年9月  日                          日期：2025年9月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  市不动产登记中心 登记业务系统 年度运维 (政府采购 竞争性磋商) — .txt, 1. / 1.1 — compliant
# ----------------------------------------------------------------------------------------------------------------
Z04 = """宁川市不动产登记中心登记业务系统运维服务合同

项目编号：NCZC-2025-CS-0217（竞争性磋商）
采购人（甲方）：宁川市不动产登记中心
供应商（乙方）：江苏衡信信息技术有限公司

甲方通过竞争性磋商方式采购不动产登记业务系统运维服务，经磋商小组评审，确定乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件及乙方响应文件，双方签订本合同。

1. 服务范围
1.1 运维对象：不动产登记业务系统（受理、审核、登簿、缮证、发证）、一窗受理平台、互联网+不动产登记服务平台、登记簿数据库及相关中间件，以及与税务、住建、公安、法院的共享交换接口。
1.2 服务内容：驻场运维、远程及二线技术支持、日常巡检、数据库维护与备份检查、安全加固与漏洞修复配合、应急处置及演练、业务人员操作培训。
1.3 运维对象的详细清单、版本及部署位置见附件1，服务期内甲方新增的同类系统模块，经双方确认后纳入运维范围。
1.4 服务期：2025年7月1日至2026年6月30日。服务期满后甲方将依法重新组织采购，本合同不自动续期。

2. 服务价格
2.1 本合同总价为人民币786,000元，为固定总价，包括人员、差旅、工具、税费等一切费用。
2.2 分项价格：驻场运维（3名工程师）540,000元；远程及二线技术支持96,000元；系统巡检及安全加固84,000元；应急演练及培训36,000元；常用备件30,000元。

3. 付款
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度196,500元。每季度结束后，甲方依据第6条完成季度考核，并在考核结果确认后15个工作日内支付当季服务费（扣除依第5条、第9条计算的扣款及违约金）。
3.3 乙方应在每次付款前开具合法有效的发票。

4. 人员与服务要求
4.1 乙方应于服务期开始之日安排3名驻场工程师到岗，其中项目负责人须具备数据库及不动产登记系统运维经验；更换驻场人员须提前10日书面征得甲方同意。
4.2 驻场时间为工作日8:30至17:30；登记业务高峰期及节假日前后，乙方应按甲方要求延长驻场时间，不另收费。
4.3 乙方应每日巡检并填写巡检记录，每月提交运维月报，每季度提交系统健康评估报告。
4.4 乙方应建立7×24小时值班电话，非工作时间发生故障的，二线工程师应远程接入处理，必要时赶赴现场。
4.5 乙方应配合甲方完成等级保护测评、密码应用安全性评估及上级部门检查，按要求整改测评发现的问题，不另收费。
4.6 乙方应于服务期开始后30日内完成系统现状评估，提交资产清单、拓扑图、账号清单及应急预案，经甲方确认后作为运维基线。

5. 服务水平
5.1 登记业务系统月可用率不低于99.95%，经甲方同意的计划停机不计入不可用时间。
5.2 故障响应：一级故障（登记业务系统全面中断、登记簿数据异常或外部接口全部中断）15分钟内响应，1小时内到达现场，3小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
5.3 一级故障每超过约定恢复时限1小时，扣减当季服务费2,000元；月可用率每低于约定值0.01个百分点，扣减当季服务费1,500元；当季扣款累计不超过当季服务费的20%。
5.4 每月最后一个工作日，乙方应会同甲方信息科核对当月可用率及故障记录，核对结果作为季度考核和扣款的依据。
5.5 重大活动、登记系统版本升级及数据迁移等关键时段，乙方应增派工程师现场保障，并在升级前制定回退方案，经甲方批准后实施。

6. 考核与验收
6.1 季度考核内容：故障响应与处理时限达标情况、巡检记录完整性、备份有效性（每季度至少完成一次恢复演练并成功）、安全漏洞整改闭环情况、甲方业务科室满意度评价。
6.2 季度考核由甲方组织，考核结果经双方书面确认后作为付款依据。服务期满时，甲方依据四个季度的考核结果及乙方提交的年度运维报告组织终期验收，并出具书面验收意见。
6.3 乙方未通过季度考核的，应在15日内整改，并按第5.3条扣款。
6.4 服务期满前30日，乙方应完成运维资料整理，向甲方或甲方指定的新服务商移交运维文档、脚本、账号清单及未关闭问题清单，并提供不少于10个工作日的交接配合。

7. 数据安全
7.1 不动产登记数据、权利人信息及运维过程中接触的全部数据均属甲方所有。乙方人员仅可在甲方机房内通过堡垒机登录系统，禁止将任何数据以拷贝、拍照、外发等方式带离。
7.2 乙方应遵守国家网络安全等级保护及数据安全相关规定，落实账号实名、最小权限、操作审计；数据库维护操作须双人复核。
7.3 发现数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并立即采取处置措施；因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
7.4 乙方驻场人员离岗或服务期满时，应交回门禁卡、账号及全部资料，由甲方注销其系统权限。

8. 保密
8.1 乙方及其人员对在服务中知悉的登记信息、系统架构、账号口令及甲方工作秘密负有保密义务，驻场人员须签署个人保密承诺书。
8.2 保密义务不因本合同终止而解除。

9. 违约责任
9.1 乙方未能按第4.1条按时安排驻场人员到岗并启动服务的，每延误一日按合同总价的千分之一向甲方支付违约金。
9.2 乙方未经甲方同意擅自撤换驻场人员的，每人次支付违约金5,000元。
9.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
9.4 乙方人员违反本合同第7条、第8条规定的，甲方有权要求乙方立即更换该人员，并依法追究乙方责任。

10. 知识产权
乙方在服务期内编写的运维脚本、巡检工具配置、应急预案及运维文档归甲方所有，甲方可自由使用和修改。

11. 转包与分包
乙方不得转包或分包本合同项下服务。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或因乙方原因发生重大数据安全事件，或有其他严重违约行为经甲方书面催告15日内仍未改正的，甲方有权解除合同。
12.2 合同解除后，甲方按乙方实际提供且考核合格的服务支付费用，乙方应配合完成运维交接。
12.3 因不可抗力导致合同无法履行的，双方可协商解除合同，互不承担违约责任，但乙方应配合做好数据及资料移交。

13. 争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件和成交通知书为本合同组成部分。
14.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
14.3 本合同附件：运维服务清单、驻场人员名单、季度考核评分表。

甲方（盖章）：宁川市不动产登记中心        乙方（盖章）：江苏衡信信息技术有限公司
日期：2025年6月  日                        日期：2025年6月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  芝麻糊厂 WMS licence + custom development, supplier's own template — .md, ## 第X条 + 1.1 — many problems
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 仓智WMS仓储管理系统软件许可及实施合同

> 仓智标准合同文本 V4.0（乙方版）

**合同编号：** CZ-WMS-2025-1126

**甲方：** 容州黑芝麻食品有限公司

**乙方：** 深圳仓智软件有限公司

甲方为其芝麻糊、黑芝麻丸等产品的原料仓、成品仓及电商发货仓建设仓储管理系统，选用乙方仓智WMS产品，并委托乙方在标准产品基础上进行定制开发。双方本着平等自愿原则签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓智WMS软件永久使用许可（5个仓库、40个并发用户、30台手持终端），并在标准产品基础上进行定制开发。

1.2 定制开发内容：原料批次追溯（芝麻、糯米、白砂糖按批次入出库）、成品保质期先进先出及临期预警、与甲方用友U8 ERP的单据接口、电子地磅及电子秤数据对接。

1.3 部署实施：服务器端安装、基础资料导入、库位编码、标签打印配置及上线切换。

1.4 乙方提供的具体功能以附件《功能清单》为准，功能清单以外的需求不属于本合同范围。

1.5 本合同项下软件以安装介质及授权文件形式交付，授权文件绑定甲方服务器硬件信息。甲方更换服务器的，应提前书面通知乙方重新生成授权文件，乙方每个服务年度免费提供一次，超出部分按乙方报价收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓智WMS软件许可（5仓/40用户/30终端） | 520,000 |
| 2 | 定制开发（批次追溯、保质期管理、ERP接口、称重对接） | 260,000 |
| 3 | 部署实施 | 60,000 |
| 4 | 培训 | 10,000 |
| | 合计 | 850,000 |

2.1 上述价款含税。手持终端、服务器、标签打印机等硬件由甲方自行采购。

2.2 甲方在合同签订后提出的需求变更，乙方另行报价，经甲方确认后签订补充协议；变更导致的工期延长不视为乙方逾期。

2.3 定制开发按每人天2,600元核定，超出功能清单范围的工作量另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即552,500元，乙方收款后启动项目。

3.2 系统上线后5个工作日内，甲方支付剩余35%，即297,500元。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延，甲方每日按逾期金额的千分之一向乙方支付违约金。

## 第四条 实施周期

4.1 乙方在收到首期款后90个工作日内完成部署及定制开发并安排上线。

4.2 因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，工期相应顺延。

4.3 甲方应在项目启动后10个工作日内提供物料编码、库位规划、客户及供应商资料，准备符合乙方要求的服务器、网络及手持终端，并指定项目负责人及各仓库关键用户配合实施。

4.4 乙方为甲方关键用户提供2天集中培训，培训后由甲方负责对其他操作人员进行内部培训。

## 第五条 上线与验收

5.1 系统安装完成并在甲方现场上线运行，即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在免费维护期内予以处理，不影响验收结论及付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 维护期内故障响应：一级故障（系统无法进行出入库作业）乙方在8小时内响应，二级故障在2个工作日内响应，乙方尽力在合理时间内解决。

6.3 乙方对系统故障、停机或数据处理延迟不承担扣款、赔偿或违约金责任。

6.4 因甲方自行修改配置、操作不当、硬件或网络故障、病毒感染等原因导致的问题，不属于免费维护范围，乙方可按人天另行收费。

## 第七条 年度技术服务

7.1 免费维护期满后，乙方提供年度技术服务，内容包括远程支持、补丁升级及接口维护。

7.2 年度技术服务费按软件许可费的28%计取，即每年145,600元，甲方应在每个服务年度开始前一次性支付。

7.3 甲方未购买年度技术服务的，乙方不再提供任何支持及升级。

7.4 年度技术服务按服务年度提供，现场服务每个服务年度不超过4人天，超出部分按每人天2,800元另行收费，差旅费由甲方承担。

## 第八条 知识产权

8.1 仓智WMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序及相关源代码，知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方。

8.3 乙方有权将定制开发成果纳入其标准产品并向其他客户提供。

## 第九条 数据

9.1 甲方在系统中产生的库存、批次、客户及订单数据归甲方所有，乙方仅为履行本合同需要接触和使用。

9.2 乙方实施人员须使用甲方分配的账号，遵守甲方信息安全制度，对远程维护采取访问控制和传输加密措施；发现安全事件时应在24小时内通知甲方。乙方对其人员造成的数据泄露、损毁承担赔偿责任。

9.3 合同终止后，甲方可按乙方标准格式导出其业务数据，乙方提供一次免费的导出协助。

## 第十条 保密

双方对本合同内容及对方的技术、商业信息负有保密义务，未经对方同意不得向第三方披露，但依法律规定或监管要求披露的除外。保密期限至合同终止后两年。

## 第十一条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失或利润损失。

11.3 甲方未按约定付款、擅自将软件提供给第三方使用或超出许可范围使用的，应赔偿乙方因此遭受的全部损失。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

12.3 合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能，并删除相应安装副本。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致一方不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，受影响方在不可抗力影响范围内免除责任。

## 第十四条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效。

15.2 本合同附件（报价单、功能清单）与本合同具有同等效力；附件与本合同不一致的，以本合同为准。

15.3 本合同一式两份，双方各执一份。任何一方的通知以书面形式发送至本合同首页所列地址即视为送达。

甲方（盖章）：容州黑芝麻食品有限公司

乙方（盖章）：深圳仓智软件有限公司

日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Suzhou sandalwood-fan workshop, carving-pattern software, perpetual licences; vendor in Bitola — .pdf
# ----------------------------------------------------------------------------------------------------------------
E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:FretCraft Pattern Designer: Perpetual Licences, Motif Library Customisation and Installation
P:Agreement No. SXF-PVS-2025-07
P:This Agreement is made on the date of the last signature below between:
P:(1) Suzhou Xiangshan Sandalwood Fan Workshop Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 26 Xiangshan Road, Wuzhong District, Suzhou, Jiangsu Province (the "Buyer"); and
P:(2) Pelister Vector Studio DOOEL, a company incorporated in the Republic of North Macedonia, with its registered office at Shirok Sokak 41, 7000 Bitola (the "Vendor").
H:Background
P:A. The Buyer makes hand-finished sandalwood folding fans with pierced lattice ribs and carved guard sticks. Its designers trace hand-drawn motifs for the laser-piercing machines.
P:B. The Vendor develops FretCraft Pattern Designer, a vector design application for fretwork and pierced ornament, with an output module that drives laser and CNC machines.
P:C. The Buyer wishes to license the software, to have its traditional motifs built into it, and to have it installed and its staff trained. At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FretCraft Pattern Designer version 6, including the Output Module, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means the Buyer motif library, the fan-rib templates, the parameter presets for the Buyer's laser machines and any other item made by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means the Buyer's drawings, scanned patterns, motif files, production parameters and any other data supplied by the Buyer or created in the Software by the Buyer's users.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
P:1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licences in Article 3, deliver the Software, build and deliver the Custom Deliverables, install the Software on eight design workstations and three machine-side computers at the Buyer's workshop in Suzhou, and train the Buyer's staff.
P:2.2 The motif library shall contain no fewer than 320 motifs (plum blossom, bamboo, lotus, cloud, fret and landscape series) digitised from the Buyer's master drawings, each as a closed vector path scaled for rib widths between 6 mm and 14 mm.
P:2.3 Installation and training may be performed on site or remotely. On-site work shall follow the Buyer's workshop safety rules.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of workstations stated in Article 4 for the Buyer's own business, including the production of fans for sale.
P:3.2 The Buyer may move a licence to a replacement computer. The licences are fully paid once the payments in Article 4 are made; no further licence fee is due for continued use of version 6.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement is CNY 752,000 (the "Contract Price"), inclusive of all taxes, import duties, travel and expenses, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Designer seat licence, perpetual|8|46,500|372,000
TB:2|Output Module licence, perpetual|3|58,000|174,000
TB: |Licence subtotal| | |546,000
TB:3|Motif library and template customisation|1 lot|146,000|146,000
TB:4|Installation and configuration|1 lot|38,000|38,000
TB:5|Training (designers and machine operators)|1 lot|22,000|22,000
TB: |Contract Price| | |752,000
P:4.2 The Contract Price shall be paid as follows: (a) 10 % (CNY 75,200) within fifteen Business Days after signature of this Agreement; (b) 55 % (CNY 413,600) within fifteen Business Days after the Vendor has installed the Software and delivered the complete motif library and the Buyer has signed an installation note; and (c) 35 % (CNY 263,200) within fifteen Business Days after Final Acceptance.
P:4.3 The installation note in Article 4.2(b) confirms only that installation has taken place; it is not acceptance of the Software or of the Custom Deliverables.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and deliver the complete motif library within 75 days after signature of this Agreement.
P:5.2 Final Acceptance tests shall be carried out by the Buyer with the Vendor's support within twenty Business Days after installation. The Software and the Custom Deliverables pass when: (a) every motif in the library opens, scales and mirrors without broken paths; (b) thirty sample fan leaves, chosen by the Buyer, are pierced on the Buyer's laser machines directly from the Software with a positional deviation not exceeding 0.08 mm against the design; (c) the Output Module runs the three machines for ten consecutive working days without a Severity 1 fault; and (d) the user documentation and training records have been delivered.
P:5.3 When all criteria are met the Buyer shall sign the Final Acceptance Certificate. If a test fails, the Vendor shall correct the defect within ten Business Days and the failed test shall be repeated. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Article 5.2 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates of version 6 free of charge.
P:6.2 Support is provided by e-mail, telephone and remote session. A Severity 1 fault means that the Software cannot start or the Output Module cannot drive a machine; Severity 2, a function is impaired; Severity 3, a cosmetic issue.
P:6.3 The Vendor shall respond to a Severity 1 fault within 2 hours of notification on a Business Day, and restore operation or provide a workaround within 24 hours. Severity 2 faults shall be answered within one Business Day and Severity 3 faults in the next update.
P:6.4 For each full hour by which the Vendor misses the Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period the Buyer may order annual maintenance, including updates, new versions and support on the terms of Article 6.3. The annual maintenance fee is 11 % of the licence subtotal, that is CNY 60,060 per year, and shall not be increased for the first three maintenance years. Maintenance is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor.
P:7.2 All rights in the Custom Deliverables, including the vector files of the motif library, vest in the Buyer upon creation. The Buyer may use, modify, reproduce and license them freely, also outside the Software. The Vendor shall deliver them in an open vector format as well as in the Software's native format.
P:7.3 The Vendor shall indemnify the Buyer against claims that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, shall use the remote-access tool designated by the Buyer and shall be logged. Buyer Data shall not be transferred outside the Buyer's systems except where the Buyer sends a file for a support case, in which case the Vendor shall store it encrypted and delete it when the case is closed.
P:8.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall take all reasonable steps to contain it, and shall be liable for the Buyer's losses caused by a breach of this Article 8.
H:Article 9 Subcontracting
P:9.1 The Vendor may engage subcontractors in China for installation and on-site training by notifying the Buyer in writing of the subcontractor's name before the work begins. The Vendor remains responsible for the work of its subcontractors as for its own.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation and deliver the motif library by the date in Article 5.1, it shall pay the Buyer liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement shall not exceed 150 % of the Contract Price. This limit does not apply to the indemnity in Article 7.3, to breach of Article 8, or to death, personal injury, fraud or wilful misconduct.
H:Article 11 Term and Termination
P:11.1 This Agreement takes effect on signature and continues until the end of the warranty period, except for the licences in Article 3 and the rights in Article 7, which survive.
P:11.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within fifteen Business Days after written notice, or if the delay damages under Article 10.1 reach their maximum. The Vendor shall then refund the amounts paid for undelivered parts.
H:Article 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the Republic of North Macedonia.
P:12.2 Any dispute arising out of this Agreement that the parties cannot settle within thirty days shall be submitted to the competent court in Bitola, Republic of North Macedonia.
H:Article 13 General
P:13.1 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Lijiang old-town shuttle operator, ticketing SaaS, Order Form + General Terms; vendor in Korçë — .md
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS

## Ticketline Shuttle Ticketing Service

Order Form No. KTL-CN-2025-014

---

## PART A: ORDER FORM

**Vendor:** Korça Ticketline sh.p.k., Bulevardi Republika 18, 7001 Korçë, Albania ("Ticketline")

**Customer:** Lijiang Gucheng Shuttle Transport Co., Ltd., Lijiang, Yunnan Province, People's Republic of China ("Customer")

**A1. Service.** Ticketline shall provide its Ticketline cloud ticketing service for Customer's electric shuttle network in and around the Lijiang Old Town: counter and online sales of single, day and group tickets; QR-code tickets through WeChat and Alipay mini-programs; validation on handheld validators at 14 stops; driver, vehicle and shift reporting; and daily revenue reconciliation. The functions are described in the Service Description attached to this Order Form.

**A2. Subscription Term.** The Subscription Term is 24 months from the Subscription Start Date, made up of two Subscription Years. The Subscription Start Date is the date of Go-Live Acceptance under A6.

**A3. Fees.** At Customer's request all fees are stated and payable in Chinese yuan (CNY) and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Ticketing subscription: 14 stops, 60 validator licences, 25 back-office users | per Subscription Year | 268,800 |
| Subscription for the Subscription Term | 2 Subscription Years x 268,800 | 537,600 |
| Set-up, fare configuration and payment integration | one-time, fixed | 74,400 |
| **Total Contract Value** | | **612,000** |
| Additional validator licence (optional, not included above) | per validator per Subscription Year | 3,600 |

**A4. Invoicing and payment.** (a) The set-up fee is invoiced on Go-Live Acceptance. (b) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. (c) Invoices are payable within 30 days of receipt by bank transfer to Ticketline's account in CNY. (d) No fee is invoiced or payable before Go-Live Acceptance.

**A5. Go-Live Date.** Ticketline shall make the service ready for Go-Live Acceptance within 60 days after signature of this Order Form (the "Go-Live Date"), so that the service can be used in the summer season.

**A6. Go-Live Acceptance.** Customer shall test the service within 10 Business Days after Ticketline reports that it is ready. The service passes when: (a) every ticket type in the agreed fare table sells correctly at the counters and through the WeChat and Alipay channels; (b) every validator at the 14 stops validates a test batch of 500 tickets with no false acceptance or false rejection; (c) the daily reconciliation matches the WeChat Pay and Alipay settlement files for five consecutive days; and (d) the back-office reports listed in the Service Description are available. Customer signs a Go-Live Acceptance certificate when all criteria are met. Using the service for real sales before then is not acceptance. If a criterion is not met, Ticketline shall correct the defect and the test shall be repeated.

**A7. Delay.** If the service is not ready for Go-Live Acceptance by the Go-Live Date for reasons attributable to Ticketline, Ticketline shall pay Customer CNY 600 for each day of delay, up to CNY 30,000, and Customer may deduct that amount from the set-up fee.

**A8. Hosting.** The service for Customer is hosted by Ticketline's hosting provider, Alibaba Cloud, in its Shanghai region in mainland China. Customer approves this hosting provider by signing this Order Form.

**A9. Contacts.** Ticketline's project manager: Ms Elira Dhima. Customer's project manager: Mr He Jianguo, operations department.

**A10. Agreement.** This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement").

Signed for Ticketline: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

---

## PART B: GENERAL TERMS

**B1. Definitions.**

1.1 "Customer Data" means all data entered into or generated by the service for Customer, including passenger names, mobile numbers, identity-document numbers collected for group tickets, and ticket and payment records.

1.2 "Business Day" means Monday to Friday, except public holidays in the People's Republic of China.

1.3 "Subscription Year" means each successive period starting on the Subscription Start Date or on an anniversary of it and ending the day before the next anniversary.

**B2. Service levels.**

2.1 Availability. The ticket sales and validation functions shall be available 99.5 % of each calendar month, excluding maintenance announced 48 hours in advance and carried out between 23:00 and 06:00 Beijing time.

2.2 Incident response. Priority 1 (sales or validation unavailable at more than one stop or on a whole channel): response within 30 minutes at any time, restoration target 3 hours. Priority 2 (one stop or one function affected): response within 2 hours during 07:00 to 22:00, restoration target next day. Priority 3 (questions and minor defects): response next Business Day.

2.3 Service credits. If availability in a month falls below the level in 2.1, Customer receives a credit of 5 % of the monthly share of the subscription fee for each 0.5 percentage point, or part of it, below that level, up to 25 %. For each Priority 1 incident where the response time is missed, Customer receives a further credit of CNY 500. Credits are deducted from the next invoice or, at the end of the Agreement, paid to Customer.

2.4 Reports. Ticketline shall send Customer a monthly report showing availability, incidents, response and restoration times and any credits due.

**B3. Customer Data and security.**

3.1 Customer Data belongs to Customer. Ticketline processes Customer Data only to provide the service and on Customer's documented instructions, and shall not sell it, analyse it for its own purposes or use it for any other purpose.

3.2 Ticketline shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff using multi-factor authentication, log all access, and keep the service's MLPS level 3 filing valid throughout the Subscription Term.

3.3 Ticketline shall notify Customer within 24 hours of any security incident affecting Customer Data, support Customer in notifying the authorities and passengers where required, and be liable for losses resulting from an incident caused by its breach of this clause B3.

3.4 At the end of the Agreement Ticketline shall export all Customer Data in CSV format, hand it to Customer, then delete it from the service and confirm the deletion in writing.

**B4. Intellectual property.** The service and its software remain the property of Ticketline. Customer's fare tables, route and stop configuration, ticket designs and the custom reports made for Customer belong to Customer, which may use and modify them and give them to a successor provider.

**B5. Confidentiality.** Each party shall keep the other's non-public business and technical information confidential, use it only for the Agreement and not disclose it to third parties except to its professional advisers bound by a duty of confidence. This obligation survives the end of the Agreement for three years.

**B6. Subcontracting.** Apart from the hosting provider approved in A8, Ticketline shall not subcontract any part of the service without Customer's prior written consent. Ticketline remains responsible for its hosting provider and any approved subcontractor.

**B7. Renewal.** At the end of the Subscription Term the Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Ticketline may increase the subscription fee for any renewal period by up to 8 % by notice given at least 90 days before that renewal period starts.

**B8. Liability.** Each party's total liability under the Agreement is limited to the fees paid and payable by Customer in the six months preceding the event giving rise to the claim. The limit does not apply to breach of clause B3, to Customer's payment obligations, or to fraud or wilful misconduct. Neither party is liable for lost profits or indirect loss.

**B9. Termination.**

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not remedied within 30 days of notice.

9.2 Customer may also terminate by written notice if availability is below 98 % in two consecutive months.

9.3 On termination by Customer under 9.1 or 9.2, Ticketline refunds the fees paid for the unused part of the current Subscription Year.

**B10. Governing law and disputes.** The Agreement is governed by the laws of the People's Republic of China. Any dispute that the parties cannot settle by negotiation within 30 days shall be referred to the Kunming Arbitration Commission for arbitration in Kunming. The award is final.

**B11. Customer responsibilities.** Customer shall provide the fare table, stop list, ticket designs and payment merchant accounts needed for set-up within 10 Business Days after signature, keep the validators charged and connected, manage the accounts of its own users, and report incidents through the support hotline or portal. Delays caused by Customer extend the Go-Live Date accordingly.

**B12. Changes to the service.** Ticketline may improve the service and release new versions. It shall not, during the Subscription Term, materially reduce the functions in the Service Description or the security measures in clause B3, and it shall announce any change that affects validators or the mini-programs at least 30 days in advance and test it with Customer before release.

**B13. General.** Notices must be in writing and in English or Chinese. Neither party may assign the Agreement without the other's written consent. Amendments must be in writing and signed by both parties.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Shandong garlic farm, cold-store sensors, buyer's paper; integrator in Tuzla — .docx, Section N / N.N
# ----------------------------------------------------------------------------------------------------------------
E03 = """
T:SUPPLY AND INSTALLATION CONTRACT
P:Cold-Store Environmental Monitoring System
P:Contract No. JXBS-CS-2025-031
P:This Contract is entered into in Jinxiang County, Shandong Province, on the date of the last signature below, between:
P:Jinxiang Baisuan Agricultural Development Co., Ltd., Jinxiang County, Jining, Shandong Province, People's Republic of China (the "Buyer"); and
P:Tuzla Cold Chain Systems d.o.o., Ulica Hasana Kikica 12, 75000 Tuzla, Bosnia and Herzegovina (the "Supplier").
H:Recitals
P:(A) The Buyer grows, grades and stores garlic and keeps harvested bulbs in eleven controlled-atmosphere cold stores and a pre-cooling hall at its Jinxiang base until sale. Losses from sprouting, mould and freezing damage depend closely on store temperature, humidity and gas composition.
P:(B) The Buyer invited offers for a wireless monitoring system for these stores and selected the Supplier's offer of 18 June 2025.
P:(C) This Contract is on the Buyer's standard form for equipment purchases. At the Buyer's request, all prices are stated and paid in Chinese yuan (CNY).
H:Section 1 Definitions
P:1.1 "System" means the sensors, gateways, software, alarm panel, installation materials and documentation described in Section 2 and Section 3.
P:1.2 "Stores" means the eleven cold stores and the pre-cooling hall at the Buyer's Jinxiang base.
P:1.3 "Installation Certificate" means the document signed by the Buyer under Section 5.3.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Section 6.2.
P:1.5 "Farm Data" means all readings, alarm records, store settings and reports produced by the System.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System, consisting of wireless temperature and humidity sensors, carbon-dioxide and oxygen sensors for the controlled-atmosphere Stores, gateways, the monitoring software licence and an alarm panel with SMS and voice-call alarms, together with all installation materials.
P:2.2 The System shall show the readings of every sensor on a dashboard in the Buyer's office and on the store managers' mobile phones, record readings at five-minute intervals, and raise alarms when a reading leaves the limits set by the Buyer for each Store.
P:2.3 The Supplier shall provide a dry-contact alarm output to the existing refrigeration control cabinets so that the refrigeration contractor can connect it. The Supplier is not responsible for the refrigeration equipment itself.
P:2.4 The monitoring software shall be installed on a server provided by the Buyer in its office. The Supplier shall configure the software, the store layouts and the alarm limits agreed with the Buyer.
P:2.5 The Supplier shall train the Buyer's store managers, quality staff and night watch in two sessions at the Jinxiang base: reading the dashboard, acknowledging and escalating alarms, replacing sensor batteries, and exporting reports for the Buyer's customers and auditors. Training material shall be provided in Chinese.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 588,000, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67|180|1,150|207,000
TB:2|Carbon-dioxide and oxygen sensor for CA stores|24|4,800|115,200
TB:3|Gateway with mobile-network backup|12|6,500|78,000
TB:4|Monitoring software licence, perpetual, 10 users|1|96,000|96,000
TB:5|Alarm panel with SMS and voice dialler|1|18,800|18,800
TB: |Equipment and licence subtotal| | |515,000
TB:6|Installation, calibration and commissioning|1 lot|64,000|64,000
TB:7|Training of store staff|1 lot|9,000|9,000
TB: |Contract Price| | |588,000
P:3.2 The Contract Price is fixed and includes all taxes, import duties, transport to the Buyer's site, insurance, travel and installation materials.
H:Section 4 Payment
P:4.1 10 % of the Contract Price (CNY 58,800) within 15 days after signature of this Contract, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55 % of the Contract Price (CNY 323,400) within 15 days after the Installation Certificate is signed.
P:4.3 35 % of the Contract Price (CNY 205,800) within 15 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT invoice for each payment. The Installation Certificate is not acceptance of the System.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Buyer's Jinxiang base within 45 days after signature of this Contract and complete installation within a further 20 days.
P:5.2 Work inside a Store may only take place when the Buyer's store manager is present. The Supplier shall plan installation Store by Store so that no Store is opened for more than two hours at a time, and its staff shall wear the cold-room clothing provided by the Buyer.
P:5.3 When all equipment is installed and every sensor reports to the software, the Buyer shall sign an Installation Certificate.
P:5.4 Equipment shall be packed for transport and storage at low temperature and delivered with packing lists, certificates of origin and the manufacturer's test reports. Risk in the equipment passes to the Buyer when the Installation Certificate is signed.
H:Section 6 Acceptance
P:6.1 After installation the System shall run for a trial period of 14 consecutive days. The System passes when: (a) every temperature sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference probe at two test points chosen by the Buyer, and every humidity sensor within 3 percentage points of relative humidity; (b) every gas sensor reads within the tolerance in the technical annex against a reference gas; (c) no sensor misses more than ten scheduled readings in the trial period; (d) an alarm has been triggered in every Store and reached the listed phones by SMS within 60 seconds and by voice call within 3 minutes; and (e) the as-built drawings, sensor list, calibration certificates and manuals have been delivered.
P:6.2 When all criteria are met the Buyer shall sign the Final Acceptance Certificate. If a criterion is not met, the Supplier shall correct the fault within 10 days and the test concerned shall be repeated. Use of the System by the Buyer before Final Acceptance is not acceptance.
H:Section 7 Warranty and Support
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period it shall repair or replace any defective part, including sensor batteries that fail early, free of charge.
P:7.2 A Severity 1 fault is a fault that stops monitoring or alarms for any Store. The Supplier's service office in Qingdao shall respond to a Severity 1 fault within 1 hour of the Buyer's call and shall have an engineer on site within 24 hours. Other faults shall be answered within one working day.
P:7.3 For each hour by which the Supplier misses the Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 300.
P:7.4 After the warranty period the Buyer may order annual support covering repairs, recalibration of all sensors once a year and software updates. The annual support fee is 9 % of the equipment and licence subtotal, that is CNY 46,350 per year, fixed for the first three support years. Support is ordered by purchase order and does not renew automatically.
H:Section 8 Farm Data
P:8.1 All Farm Data belongs to the Buyer. The Supplier shall use Farm Data only to perform this Contract and shall not sell it, publish it or use it for any other purpose.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public commercial and technical information received under this Contract, in particular the Buyer's storage volumes, prices and customer lists, and shall not disclose it to third parties without prior written consent. This Section survives the end of this Contract.
H:Section 10 Intellectual Property
P:10.1 The monitoring software remains the property of the Supplier or its licensor. The Buyer receives a perpetual licence to use it for its own operations.
P:10.2 The store layouts, dashboards, alarm rules and report templates prepared for the Buyer belong to the Buyer, which may use and change them and give them to another service provider.
H:Section 11 Delay Damages
P:11.1 If the Supplier fails to complete installation by the date in Section 5.1, it shall pay the Buyer liquidated damages of 0.03 % of the Contract Price for each day of delay, up to 5 % of the Contract Price.
P:11.2 Payment of delay damages does not relieve the Supplier of its obligation to complete the System.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the System fails the acceptance tests twice.
P:13.2 On termination under Section 13.1 the Supplier shall remove its equipment if the Buyer so requests and refund the amounts paid for it.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be settled by negotiation, failing which either party may bring proceedings before the People's Court with jurisdiction where the Buyer is located.
H:Section 15 General
P:15.1 This Contract is made in English and Chinese, both texts being equally authentic. The technical annex forms part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Shaoxing textile dyer, managed endpoint service; provider in Paphos — .md, numbered clauses + Schedules
# ----------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED ENDPOINT SERVICES AGREEMENT

**Reference:** PEMS-SXLY-2025-02

**Provider:** Paphos Endpoint Managed Services Ltd, 27 Apostolou Pavlou Avenue, 8046 Paphos, Cyprus ("Provider")

**Customer:** Shaoxing Keqiao Lanyun Dyeing & Finishing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer")

## Background

Customer dyes and finishes cotton and polyester fabric in Keqiao. Its offices, colour-matching laboratory, dye kitchen and warehouse use about 430 Windows computers and laptops, many of them connected to dispensing and colour-measurement equipment. Customer has no endpoint team of its own and wishes Provider to manage these devices remotely. At Customer's request all charges are in Chinese yuan (CNY).

## 1. Definitions

1.1 "Endpoints" means the computers listed in the inventory agreed at onboarding, up to 440 devices.

1.2 "Services" means the services described in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 "Customer Data" means all data on the Endpoints and all data that the Services collect from them, including inventory data, logs, security telemetry and files quarantined by the security agent.

1.5 "Incident" means an event reported by Customer or detected by Provider that impairs the Endpoints or the Services. Incidents are classified by the priority levels in Schedule 2.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date for the Term, with the skill and care of a competent managed-service provider.

2.2 The Services are delivered remotely from Provider's operations centre. Where an Incident cannot be resolved remotely, Provider's field engineers based in Hangzhou shall attend the Keqiao site.

2.3 Provider shall not change the configuration of the computers that control dispensing or colour-measurement equipment without the approval of Customer's production IT lead, and shall test patches for those computers on a reference machine before rollout.

2.4 Customer shall name an IT contact for each shift, keep the Endpoints switched on during agreed patch windows, give Provider the administrative rights needed for the Services, and tell Provider in advance of new Endpoints, office moves and changes to production equipment. Provider is not responsible for a service level missed because Customer did not do so.

## 3. Term

3.1 The Term is 24 months from the Service Commencement Date.

3.2 The Agreement does not renew automatically. Any extension must be agreed in writing by both parties, including the charges for the extended period.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within 45 days after signature of this Agreement (the "Target Date").

4.2 Onboarding is complete when: (a) the management and security agents are installed and reporting on all Endpoints in the agreed inventory, except devices Customer has excluded in writing; (b) every Endpoint meets the agreed patch baseline; (c) simulated malware and ransomware tests on five Endpoints chosen by Customer are detected and isolated; (d) ten test tickets of different priorities have been handled within the times in Schedule 2; and (e) the runbook and the escalation list have been approved by Customer.

4.3 When the criteria are met Customer shall sign a Service Acceptance certificate. Use of the Services before then is not acceptance.

4.4 If Service Acceptance is delayed beyond the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

## 5. Service levels and credits

5.1 Provider shall respond to and restore Incidents within the times in Schedule 2.

5.2 The management console and reporting portal shall be available 99.95 % of each calendar month, excluding maintenance announced five days in advance.

5.3 If Provider misses a response or restoration time, it shall give Customer the service credits set out in Schedule 2. Credits are deducted from the next monthly invoice and are without prejudice to Customer's other remedies.

5.4 Provider shall send Customer a monthly service report with patch compliance, detections, Incidents, response and restoration times and credits.

## 6. Charges and payment

6.1 The charges are set out in Schedule 3.

6.2 The onboarding fee is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears. Nothing is payable in advance.

6.3 Invoices are payable within 30 days of receipt. Customer may withhold any disputed amount in good faith while the dispute is resolved.

## 7. Customer Data and security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it, including security telemetry in any form, for the benefit of other clients, for training detection models or for any other purpose.

7.2 Customer Data collected by the Services shall be stored in a cloud region in mainland China. Provider's staff shall access Endpoints only through the management platform, with multi-factor authentication, personal accounts and full logging.

7.3 Provider shall hold ISO/IEC 27001 certification for the Services during the Term and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China as they apply to the Services.

7.4 Provider shall notify Customer within 12 hours of becoming aware of any unauthorised access to or loss of Customer Data, shall contain and investigate it, and shall be liable for Customer's losses caused by a breach of this clause 7.

7.5 At the end of the Term Provider shall remove its agents, return the inventory and logs to Customer and delete Customer Data from its systems, and confirm the deletion in writing.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information received under this Agreement, in particular Customer's recipes, colour formulas and customer information, and shall not disclose it to any third party without prior written consent. This clause survives the end of the Agreement.

## 9. Intellectual property

Provider's tools and platform remain Provider's property. Scripts, software packages, policies and reports prepared specifically for Customer belong to Customer, which may use and modify them and hand them to a successor provider.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor as for itself.

## 11. Liability

Provider's total liability under this Agreement is limited to twice the Total Contract Value in Schedule 3. The limit does not apply to breach of clause 7 or clause 8, or to fraud or wilful misconduct.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 restoration time three times in any three consecutive months.

12.2 Provider may terminate by written notice if Customer fails to pay undisputed charges within 60 days after a written reminder.

12.3 On termination or expiry Provider shall provide reasonable exit assistance for up to 30 days at no extra charge.

## 13. Governing law and disputes

13.1 This Agreement is governed by the laws of the Republic of Cyprus.

13.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the District Court of Paphos, Cyprus.

## 14. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

Signed for Provider: ____________________

Signed for Customer: ____________________

---

## Schedule 1: Services

- Asset and software inventory of all Endpoints, updated daily.
- Operating-system and third-party patching according to the agreed baseline, with monthly patch windows outside production shifts.
- Security agent deployment, monitoring of detections around the clock, isolation of infected Endpoints and guidance for clean-up.
- Software deployment and removal on request, within the approved software catalogue.
- Remote helpdesk for Customer's users in Chinese from 07:30 to 21:30 every day, by telephone, chat and portal.
- Onboarding and offboarding of Endpoints for new and departing employees, including secure wiping of returned laptops.
- Monthly service report and quarterly service review with Customer's IT manager, with recommendations on ageing hardware and unsupported software.

## Schedule 2: Priority levels, service levels and credits

| Priority | Definition | Response | Restoration | Credit for each miss |
|---|---|---|---|---|
| P1 | Active malware outbreak, or more than 20 Endpoints or any dye-kitchen computer unusable | 30 minutes, any time | 3 hours | CNY 1,500 |
| P2 | One department or up to 20 Endpoints affected | 1 hour | 8 hours | CNY 500 |
| P3 | Single user affected | 2 hours | next working day | CNY 100 |
| P4 | Request or question | next working day | as agreed | none |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge, up to 440 Endpoints | per month | 16,800 |
| Monthly service charge for the Term | 24 months | 403,200 |
| Onboarding fee | one-time | 36,800 |
| **Total Contract Value** | | **440,000** |
| Additional Endpoint above 440 | per Endpoint per month | 38 (not included) |
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Hefei used-equipment platform, customs-seizure record check API subscription; vendor in Subotica — .txt
# ----------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
SEIZURE RECORD CHECK SERVICE

Agreement No. SRD-HF-2025-118

PARTIES

Subotica Registry Data d.o.o., Korzo 9, 24000 Subotica, Republic of Serbia ("Vendor"); and

Hefei Jiuhuan Used Equipment Trading Platform Co., Ltd., Shushan District, Hefei, Anhui Province, People's Republic of China ("Customer").

BACKGROUND

(A) Customer operates an online marketplace on which dealers and factories sell used industrial equipment such as machine tools, compressors, forklifts and injection-moulding machines. Before an imported machine is listed, Customer checks whether the machine or its importer appears in published customs seizure, confiscation or auction notices, so that buyers on its platform are not offered goods with an unclear title.

(B) Vendor compiles records of such notices from official publications in several jurisdictions, normalises machine makes, models and serial numbers, and makes the records searchable through an application programming interface (the "API").

(C) The parties wish to set out the terms on which Customer subscribes to the API. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Service" means access to the API and to the web search console described in the Schedule, together with the related documentation and support.

1.2 "Query" means one request to the API containing a serial number, a make and model, or an importer name, and the result returned for it.

1.3 "Customer Data" means the content of Customer's Queries, including serial numbers, seller names and listing references, and any other data Customer provides to Vendor.

1.4 "Results" means the match information returned by the API in answer to a Query.

1.5 "Subscription Year" means each successive period starting on the Service Start Date or an anniversary of it.

1.6 "Service Start Date" means the date of Integration Acceptance under clause 5.

2. THE SERVICE

2.1 Vendor shall provide the Service to Customer from the Service Start Date for the Subscription Term.

2.2 Each Subscription Year includes 150,000 Queries. Queries above that number are charged at the rate in the Schedule.

2.3 Vendor shall update its records at least weekly and shall state in each Result the source and publication date of any matching notice.

2.4 Customer may use the Results to decide whether to list a machine, to inform buyers and sellers on its platform of a match, and to keep records of its checks. Customer shall not resell the Results as a data product.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement, including the fees for that period.

4. FEES AND PAYMENT

4.1 The fees are:
    Subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the Subscription Term;
    Integration support (one-time): CNY 18,000;
    Total Contract Value: CNY 390,000.

4.2 Queries above the annual allowance are charged at CNY 1.20 each and are not included in the Total Contract Value.

4.3 The integration support fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, in four equal instalments of CNY 46,500 for each Subscription Year. Overage Queries are invoiced with the next quarterly invoice.

4.4 Invoices are payable within 30 days of receipt. No amount is payable before the Service Start Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 30 days after signature Vendor shall give Customer access to a test environment, API credentials and documentation, and shall support Customer's developers in integrating the API into Customer's listing workflow.

5.2 Integration Acceptance tests shall use a test set of 2,000 records agreed by the parties, including known matches and known non-matches. The Service passes when: (a) every record in the test set returns the correct match status; (b) every Result for a matching record shows the source, date and notice reference; (c) the median response time of the API, measured by Customer over one full business day of test traffic, is below 800 milliseconds; and (d) the web search console returns the same Results as the API for a sample of 100 records.

5.3 When the criteria are met Customer shall sign an Integration Acceptance certificate. If a criterion is not met, Vendor shall correct the defect and the test shall be repeated. Use of the API before the certificate is signed is not acceptance.

6. SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API and the web search console available and to answer support requests sent to its support e-mail address within a reasonable time.

6.2 Vendor does not commit to any particular availability level, response time or resolution time.

6.3 Vendor shall announce planned maintenance on the console and by e-mail in advance where practicable.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to answer Customer's Queries and shall not add it to its record collection, disclose it, or use it for any other purpose, including statistics for other clients.

7.2 Vendor shall keep Query logs for no longer than 30 days and then delete them, except where Customer asks in writing for a longer period for a specific dispute.

7.3 Vendor shall protect Customer Data with encryption in transit and at rest, API keys restricted to Customer's IP addresses, role-based access for its staff and logging of all access, and shall maintain ISO/IEC 27001 certification for the Service.

7.4 Vendor shall notify Customer within 24 hours of any unauthorised access to, or loss or disclosure of, Customer Data, shall cooperate in any notification that Customer must make under the laws of the People's Republic of China, and shall be liable for Customer's losses caused by its breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only to perform this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.

8.2 This clause survives the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API, the console, its record collection and its software.

9.2 Vendor grants Customer a non-exclusive licence during the Subscription Term to use the Results as described in clause 2.4 and to keep the Results obtained during the Subscription Term in its records afterwards.

9.3 The integration adapter and mapping scripts written by Vendor specifically for Customer during integration belong to Customer, which may use and modify them freely.

10. ACCURACY OF RESULTS

10.1 Results reflect the published notices that Vendor has collected. Vendor shall correct any error in its records promptly after it is reported and shall tell Customer which earlier Results were affected.

10.2 Customer remains responsible for its own listing decisions.

10.3 Customer shall keep its API credentials secure, restrict them to its own systems, tell Vendor at once if it believes a credential has been compromised, and send Queries only for machines offered or proposed to be offered on its platform. Vendor may suspend a credential that is being misused after telling Customer why, and shall restore it as soon as the misuse has stopped.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value.

11.2 The limit in clause 11.1 does not apply to breach of clause 7, to Customer's payment obligations, or to fraud or wilful misconduct.

12. SUBCONTRACTING

Vendor shall not subcontract any part of the Service without Customer's prior written consent and remains responsible for any approved subcontractor.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 On termination by Customer under clause 13.1 Vendor shall refund any fees paid for the period after termination and shall delete Customer Data in accordance with clause 7.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

15. GENERAL

15.1 Notices must be in writing and sent to the addresses above. This Agreement may be amended only in writing signed by both parties.

15.2 This Agreement, with its Schedule, is the entire agreement of the parties on its subject.

Signed for Vendor: ____________________    Date: __________

Signed for Customer: ____________________    Date: __________


SCHEDULE: SERVICE DESCRIPTION AND FEES

API endpoints:
    search by serial number, with optional make and model;
    search by make and model, returning notices for that model;
    search by importer or seller name, using exact and transliterated spellings;
    status of a notice reference.

Web search console: five named users at Customer, with search history for the user's own searches.

Formats: JSON over HTTPS; documentation in English and Chinese.

Sources: published customs seizure, confiscation and auction notices and related court auction notices of the jurisdictions listed on the console, with the date from which each source is covered.

Included Queries: 150,000 per Subscription Year.

Fees: subscription CNY 186,000 per Subscription Year; integration support CNY 18,000 one-time; overage CNY 1.20 per Query.
"""

# ----------------------------------------------------------------------------------------------------------------
# Labels. Values are derived here from the figures in the texts; the notes in NOTES.md give the reasoning.
# ----------------------------------------------------------------------------------------------------------------
def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law,
          kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warranty, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term, "subcontract_without_consent": sub,
            "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


# sums asserted
assert 860000 + 1240000 + 318000 + 112000 == 2530000 and 506000 + 1138500 + 885500 == 2530000
assert 468000 + 215600 + 381600 + 156000 + 72400 == 1293600 and 1293600 + 186000 + 124400 + 16000 == 1620000
assert 162000 + 567000 + 810000 + 81000 == 1620000
assert 25 * 13200 == 330000 and 3 * 330000 + 168000 == 1158000 and 168000 + 330000 == 498000
assert 540000 + 96000 + 84000 + 36000 + 30000 == 786000 and 4 * 196500 == 786000
assert 520000 + 260000 + 60000 + 10000 == 850000 and 552500 + 297500 == 850000 and 520000 * 28 // 100 == 145600
assert 8 * 46500 + 3 * 58000 == 546000 and 546000 + 146000 + 38000 + 22000 == 752000
assert 75200 + 413600 + 263200 == 752000 and 546000 * 11 / 100 == 60060
assert 2 * 268800 + 74400 == 612000
assert 180 * 1150 + 24 * 4800 + 12 * 6500 + 96000 + 18800 == 515000 and 515000 + 64000 + 9000 == 588000
assert 58800 + 323400 + 205800 == 588000 and 515000 * 9 / 100 == 46350
assert 24 * 16800 + 36800 == 440000
assert 2 * 186000 + 18000 == 390000 and 4 * 46500 == 186000

# per contract: (key, file, language, category, terms, extra, forum outside mainland, TCO inputs or None)
# TCO inputs: (contract value, annual post-warranty fee, warranty months)
C = {}
C["h369z01"] = ("h369z01_hrss_labour_inspection_platform.pdf", "zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 506000 / 2530000 * 100, True, True, 36,
                      10, False, True, False, "PRC", "goods_or_licence"),
                extra(True, True, True, False, 2530000), False, (2530000, 86000, 36))
C["h369z02"] = ("h369z02_paper_mill_white_water_control_retrofit.docx", "zh", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.08, 150, 162000 / 1620000 * 100, True, True, 24,
                      None, False, False, False, "PRC", "goods_or_licence"),
                extra(True, True, False, False, 1620000), False, None)
C["h369z03"] = ("h369z03_early_education_chain_scheduling_saas.txt", "zh", "cloud",
                terms(99.95, 0.5, True, "buyer", True, False, True, 0.1, 150, 498000 / 1158000 * 100, True, None,
                      None, None, True, True, False, "PRC", "service"),
                extra(True, True, None, False, 1158000), False, None)
C["h369z04"] = ("h369z04_real_estate_registration_system_om.txt", "zh", "services",
                terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                      True, False, "PRC", "service"),
                extra(True, True, None, False, 786000), False, None)
C["h369z05"] = ("h369z05_sesame_paste_factory_wms_supplier_template.md", "zh", "software",
                terms(None, 8, False, "supplier", True, True, True, 0.02, 20, 552500 / 850000 * 100, False, False, 6,
                      28, False, True, None, None, "goods_or_licence"),
                extra(True, True, True, True, 850000), False, (850000, 145600, 6))
C["h369e01"] = ("h369e01_sandalwood_fan_pattern_software_licences.pdf", "en", "software",
                terms(None, 2, True, "buyer", True, True, False, 0.1, 150, 75200 / 752000 * 100, True, True, 24, 11,
                      False, True, True, "North Macedonia", "goods_or_licence"),
                extra(True, True, True, False, 752000), True, (752000, 60060, 24))
C["h369e02"] = ("h369e02_shuttle_ticketing_saas_order_form.md", "en", "cloud",
                terms(99.5, 0.5, True, "buyer", True, True, True, 600 / 612000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", "service"),
                extra(True, True, None, False, 612000), False, None)
C["h369e03"] = ("h369e03_garlic_cold_store_sensors.docx", "en", "hardware",
                terms(None, 1, True, "buyer", False, True, True, 0.03, None, 58800 / 588000 * 100, True, True, 24, 9,
                      False, True, False, "PRC", "goods_or_licence"),
                extra(True, True, True, False, 588000), False, (588000, 46350, 24))
C["h369e04"] = ("h369e04_dyeworks_managed_endpoint_service.md", "en", "services",
                terms(99.95, 0.5, True, "buyer", True, True, True, 400 / 440000 * 100, 200, None, True, None, None,
                      None, False, True, False, "Cyprus", "service"),
                extra(True, True, None, False, 440000), True, None)
C["h369e05"] = ("h369e05_seizure_record_check_api_subscription.txt", "en", "cloud",
                terms(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                      True, False, "PRC", "service"),
                extra(False, False, None, False, 390000), False, None)

EXPECTED = {  # written by hand from my reading; checked against the derivation below
    "h369z01": [],
    "h369z02": ["CR-POST-WARRANTY-FEE", "CR-TERMINATION"],
    "h369z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "h369z04": [],
    "h369z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h369e01": ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-SUBCONTRACT"],
    "h369e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h369e03": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h369e04": ["CR-GOVERNING-LAW"],
    "h369e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(tco):
    value, fee, wm = tco
    post_years = max(0.0, 5 - wm / 12)
    fees = fee * post_years
    return fees / (value + fees) * 100


def derive(t, x, forum_outside, tco):
    """policy.md §3 as I read it, applied to my labels."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(tco) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

# ----------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear in any text (digits, Chinese numerals, words)
# ----------------------------------------------------------------------------------------------------------------
NUMZH = "〇零一二两三四五六七八九十百千万"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
FORBIDDEN = {
    "availability 99.9": [r"(?<![\d.])99\.9(?![\d])"],
    "P1 4 hours": [r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![" + NUMZH + r"])四\s*个?\s*小时",
                   r"\bfour[\s-]*(?:hours?|hrs?)\b", r"(?<![\d.])240\s*-?\s*(?:minutes?|mins?|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五(?![" + NUMZH + r"])"],
    "cap 100 %": [r"(?<![\d.])100(?![\d.])" + PCT, r"百分之百", r"\bone\s*hundred\s*(?:per\s*cent|percent)"],
    "prepayment 30 %": [r"(?<![\d.])30(?![\d.])" + PCT, r"(?<![" + NUMZH + r"])百分之三十(?![" + NUMZH + r"])",
                        r"(?<![" + NUMZH + r"])三成", r"\bthirty\s*(?:per\s*cent|percent)"],
    "TCO 40 %": [r"(?<![\d.])40(?![\d.])" + PCT, r"(?<![" + NUMZH + r"])百分之四十(?![" + NUMZH + r"])",
                 r"(?<![" + NUMZH + r"])四成", r"\bforty\s*(?:per\s*cent|percent)"],
    "post-warranty 15 %": [r"(?<![\d.])15(?![\d.])" + PCT, r"(?<![" + NUMZH + r"])百分之十五(?![" + NUMZH + r"])",
                           r"\bfifteen\s*(?:per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*-?\s*(?:months?|个月|mo\b)", r"(?<![" + NUMZH + r"])十二\s*个月",
                           r"\btwelve[\s-]*months?\b", r"(?<![" + NUMZH + r"第每])一年", r"\bone[\s-]*years?\b",
                           r"(?<![\d.])1\s*-?\s*years?\b", r"(?<![\d.])1\s*年"],
    "horizon 5 years": [r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"(?<![" + NUMZH + r"])五\s*年", r"\bfive[\s-]*years?\b",
                        r"(?<![\d.])60\s*-?\s*(?:months?|个月)", r"六十\s*个月"],
}
FORBIDDEN_RE = {k: [re.compile(p, re.I) for p in v] for k, v in FORBIDDEN.items()}


def hits(text):
    out = []
    for name, pats in FORBIDDEN_RE.items():
        for p in pats:
            for m in p.finditer(text):
                out.append((name, m.group(0)))
    return out


def scan(text):
    """raw text, a whitespace-normalised copy, and (for Chinese wrapped by the PDF) a copy with no whitespace
    between Chinese characters."""
    norm = re.sub(r"\s+", " ", text)
    zh_joined = re.sub(r"(?<=[\u2e80-\uffff])\s+(?=[\u2e80-\uffff\d])|(?<=\d)\s+(?=[\u2e80-\uffff])", "", text)
    return hits(text) + hits(norm) + hits(zh_joined)


def selftest():
    must = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "four-hour",
            "240 minutes", "240分钟", "0.05%", "0.05 % per day", "万分之五", "100%", "100 per cent", "百分之百",
            "30%", "30 %", "百分之三十", "三成", "thirty per cent", "40%", "百分之四十", "四成", "15%",
            "15 per cent", "百分之十五", "12 months", "12-month", "12个月", "十二个月", "twelve months", "一年",
            "one year", "one-year", "1 year", "5 years", "5年", "五年", "five years", "five-year", "60 months",
            "六十个月"]
    must_not = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
                "1.5倍", "四十二个月", "2025年", "2025年12月", "十五年代", "万分之五十", "百分之三十五",
                "0.045元", "10%", "130%", "35%", "45%", "once a year", "Subscription Year", "服务年度",
                "三十日", "24 months", "二十四个月", "三十六个月", "0.5 percentage point", "5 %", "25 %",
                "312 months", "first year", "2 hours", "14 days"]
    for s in must:
        assert hits(s), "should hit: " + s
    for s in must_not:
        assert not hits(s), ("should not hit", s, hits(s))


# ----------------------------------------------------------------------------------------------------------------
# Read back
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def markup_text(src):
    return "\n".join(line.partition(":")[2].replace("|", " ") for line in src.strip().splitlines())


SOURCES = {"h369z01": Z01, "h369z02": Z02, "h369z03": Z03, "h369z04": Z04, "h369z05": Z05,
           "h369e01": E01, "h369e02": E02, "h369e03": E03, "h369e04": E04, "h369e05": E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    targets = {}
    for key, (fname, *_rest) in C.items():
        path = OUT / fname
        if path.suffix in (".docx", ".pdf"):
            targets[key] = (fname, path.suffix[1:])
        else:
            path.write_text(SOURCES[key], encoding="utf-8")
            print("wrote", fname)
    write(SOURCES, targets, OUT, wrap_words=True)

    fired = set()
    for key, (fname, lang, cat, t, x, forum_outside, tco) in C.items():
        # labels off every threshold
        for k, thr in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        if tco is not None:
            assert abs(tco_share(tco) - 40) > 0.5, (key, "tco")
        rules = derive(t, x, forum_outside, tco)
        assert rules == EXPECTED[key], (key, rules, EXPECTED[key])
        fired |= set(rules)
        # text: length and forbidden figures, in the source and in the built file
        path = OUT / fname
        text = read_back(path)
        src = SOURCES[key] if path.suffix not in (".docx", ".pdf") else markup_text(SOURCES[key])
        bad = scan(text) + scan(src)
        assert not bad, (key, bad)
        if lang == "zh":
            n = len(text)
            assert 2800 <= n <= 3300, (key, n)
            size = "%d chars" % n
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (key, n)
            size = "%d words" % n
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        share = " tco share %.2f%%" % tco_share(tco) if tco else ""
        print("%-8s %-5s %-11s risk %-6s %s%s" % (key, lang, size, risk(rules), ", ".join(rules) or "(none)", share))

    # the mix
    allrules = set(SEVERITY)
    assert fired == allrules, allrules - fired
    counts = {k: len(EXPECTED[k]) for k in C}
    assert sorted(k for k, n in counts.items() if n == 0) == ["h369z01", "h369z04"]
    assert [k for k, n in counts.items() if n == 1] == ["h369e04"] and risk(EXPECTED["h369e04"]) == "low"
    assert sorted(k for k, n in counts.items() if 2 <= n <= 3) == ["h369e01", "h369e02", "h369e03", "h369e05",
                                                                    "h369z02", "h369z03"]
    assert counts["h369z05"] >= 8
    print("all 20 CR rules fire at least once; mix ok")
