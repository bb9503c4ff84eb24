"""holdout673: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
(lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = ("h673z01_weather_modification_command_platform.pdf", "pdf", """
T:人工影响天气作业指挥平台建设项目合同
P:合同编号：RYB-ZC-2026-017
P:甲方（采购人）：某市人工影响天气办公室
P:乙方（供应商）：某气象信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号：SZC-2026-0388）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供人工影响天气作业指挥平台软件（以下简称"平台"）的永久使用许可，并按甲方需求完成定制开发、部署实施和培训，使平台覆盖全市37个固定作业点和6支流动作业队。
P:1.2 定制开发内容包括：作业空域申报与批复流转模块、火箭弹和炮弹全流程物联管理模块、作业点安全巡检模块、作业效果评估分析模块，以及与省级人工影响天气业务系统、空管部门空域申请系统、气象雷达产品库的数据接口。
P:1.3 平台部署于甲方政务云，乙方负责安装、配置、联调及上线前的全部技术工作，政务云资源由甲方提供。
P:1.4 乙方应委派具有同类项目经验的项目经理一名，项目经理在项目实施期间不得更换；确需更换的，须经甲方书面同意。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），含税，为固定总价。其中：平台软件许可费¥1,260,000；定制开发费¥684,000；部署实施费¥118,000；培训费¥26,000。
P:2.2 除本合同另有约定外，甲方无需再向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 本合同签订后，乙方向甲方提交等额银行预付款保函，甲方在收到保函及合法发票后十个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第四条 交付期限与培训
P:4.1 乙方应在合同签订后90日内完成部署并申请初步验收，在初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应为甲方作业指挥人员、作业点负责人和系统管理员分别组织集中培训，总计不少于3期，每期不少于2天，并提供培训教材和操作视频。
P:4.3 乙方应在汛期作业开始前完成作业空域申报模块的上线，具体日期由甲方书面通知。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单全部实现；各数据接口连续10日无差错运行；平台在200个并发用户下页面响应时间不超过2秒；通过甲方委托的第三方安全测评。
P:5.2 最终验收标准：试运行期间未发生一级故障；汛期作业演练中空域申报至批复全流程在系统内闭环完成；弹药出入库记录与实物盘点一致；乙方提交全部源代码、技术文档和用户手册。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。平台部署上线、甲方实际使用或支付款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方按不高于平台软件许可费9%的标准（即每年不超过¥113,400）提供年度维护服务，该价格在质保期满后三年内不作上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前3个工作日通知甲方，并避开作业时段）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或作业指令无法下达）30分钟内响应、2小时内到场；二级故障（单个模块不可用）2小时内响应、次日内解决；三级故障1个工作日内响应。
P:7.3 乙方每超过响应时限1小时，向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，向甲方支付¥2,000，甲方可从应付款项中直接扣除。
P:7.4 作业期间（含人工增雨、防雹作业）乙方应安排技术人员在线值守，保障作业指令的及时下达和回传。
H:第八条 逾期违约责任
P:8.1 乙方逾期完成部署或逾期申请验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:8.2 逾期超过60日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的模块、接口程序及其源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
P:9.3 乙方保证其提供的软件不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担费用。
H:第十条 数据安全
P:10.1 平台存储和处理的作业记录、弹药数据、空域申报数据等全部数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:10.2 乙方应按网络安全等级保护第三级要求配合完成安全建设，运维访问须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:10.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任。
H:第十一条 保密
P:11.1 乙方对履约中知悉的甲方作业计划、作业点位置、弹药库存及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条之一 项目管理
P:11.2 乙方应在合同签订后7日内提交项目实施计划，明确里程碑、人员安排和风险应对措施，经甲方确认后执行。
P:11.3 项目实施期间，乙方每周向甲方提交书面进度报告，每月参加甲方组织的项目例会，如实报告进度偏差及原因。
P:11.4 乙方交付的文档包括需求规格说明书、概要设计和详细设计说明书、数据库设计说明书、接口说明书、测试报告、部署手册、运维手册和用户手册，文档应使用中文编写，并同时提供电子版和纸质版。
P:11.5 乙方应在最终验收前完成知识转移，使甲方系统管理员能够独立完成日常配置、账号管理、数据备份和常见问题处理。
P:11.6 乙方项目团队成员须遵守甲方的安全保卫制度，进入作业指挥中心须登记并由甲方人员陪同，不得拍摄作业指挥中心内部设施。
H:第十二条 分包
P:12.1 乙方不得将本项目分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在事件发生后7日内提供证明，双方协商延期履行或解除合同。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　乙方（盖章）：________
P:授权代表：________　授权代表：________
""")

SRC["z02"] = ("h673z02_wheelchair_welding_line_control_retrofit.docx", "docx", """
T:轮椅焊装生产线控制系统改造项目合同
P:合同编号：LYC-SB-2026-031
P:甲方：某康复器具（轮椅）制造有限公司
P:乙方：某智能装备工程有限公司
P:甲方为提高轮椅车架焊接和总装线的自动化水平与质量追溯能力，经邀请招标确定乙方为改造项目承包方。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务达成如下协议。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房的车架焊装线（6台焊接机器人、2条夹具输送线）和总装线（14个工位）。
P:1.2 乙方负责更换控制柜及伺服系统、升级焊接机器人控制器、新增焊缝视觉检测、部署工位终端和产线控制软件，并完成与甲方现有MES系统的接口开发。
P:1.3 改造须在甲方安排的两个停产窗口内完成，每个窗口不超过9天，不得影响窗口以外的正常生产。
H:第二条 价格
P:2.1 合同价格明细如下表（人民币，含增值税）：
TB:序号|项目|数量|金额（元）
TB:1|PLC及伺服控制柜|8套|486,000
TB:2|焊接机器人控制器升级|6台|372,000
TB:3|焊缝视觉检测系统|2套|168,000
TB:4|工位终端（含扫码枪）|16台|96,000
TB:5|产线控制软件许可（永久）|1套|238,000
TB:小计|设备及软件小计||1,360,000
TB:6|安装调试及MES接口开发|1项|186,000
TB:7|操作与维修培训|1项|24,000
TB:合计|合同总价||1,570,000
P:2.2 合同总价为固定价格，包含运输、保险、安装辅材及乙方人员费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并安装调试完成后，甲方支付合同总价的55%。安装调试完成不视为验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款时应提供合法有效的增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后75日内将全部设备运抵甲方厂房，并在第一个停产窗口内完成焊装线改造，在第二个停产窗口内完成总装线改造。
P:4.2 乙方施工人员须遵守甲方安全生产管理制度，动火作业须办理审批手续，并自行为其人员购买意外伤害保险。
P:4.3 拆除的旧控制柜及电缆由乙方分类整理后交甲方处置，不得擅自带离厂区。
H:第五条 验收
P:5.1 验收标准：（1）焊装线节拍不高于每台车架95秒；（2）视觉检测对焊缝漏焊、偏焊的检出率不低于98%，误报率不高于3%；（3）每台车架的焊接参数、检测结果和操作人员可按车架编号追溯；（4）与MES系统的工单、报工数据连续20个生产日一致；（5）改造后连续运行30个生产日，未发生因改造导致的停线。
P:5.2 满足上述标准后，双方签署最终验收报告。设备到货、安装完成或投入生产，均不代表验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并提供软件升级。
P:6.2 故障响应：一级故障（整线停线）1小时内响应、3小时内到场；二级故障（单工位停机）2小时内响应、当班内到场。乙方每超过响应或到场时限1小时，向甲方支付¥800，甲方可从应付款中扣除。
P:6.3 质保期满后，乙方提供年度维保服务，维保年费为设备及软件小计的26%，即每年¥353,600，含驻场工程师一名、备品备件及软件升级。该费用在质保期满后三年内固定不变。维保合同每年另行签订，不自动续期。
P:6.4 质保期内，乙方应每季度对控制柜、伺服系统和视觉检测设备进行一次预防性维护，检查接线端子、散热风扇、相机镜头和光源，清理积尘，并出具维护记录，由甲方设备科签字确认。
P:6.5 乙方应在甲方厂区常备易损件，包括伺服驱动器、继电器模块、工业相机和扫码枪各不少于2件，确保故障部件可在当班内更换。
H:第六条之一 技术资料与培训
P:6.6 乙方应在最终验收前交付以下资料：电气原理图、接线图、PLC程序及注释、视觉检测配方说明、MES接口说明书、设备操作规程、维护保养手册和备件清单，均以中文编写，提供纸质版三套及电子版一套。
P:6.7 乙方应对甲方操作工、班组长和设备维修人员分别进行培训：操作培训不少于2天，维修培训不少于5天，培训内容包括焊接参数调整、常见报警处理、相机标定和程序备份与恢复。培训结束后由乙方组织考核，考核合格的人员方可独立上岗。
P:6.8 改造期间及改造完成后，乙方应配合甲方进行焊接工艺评定，如因控制系统原因导致焊接质量不稳定，乙方应免费调整直至满足甲方工艺要求。
H:第六条之二 安全与环保
P:6.9 乙方对其施工人员的人身安全负责。施工现场须设置警戒区域，高处作业须佩戴安全带，带电作业须执行停电、验电、挂牌上锁程序。
P:6.10 乙方应确保新装设备的急停回路、安全光栅和安全门联锁功能完整有效，并在验收前会同甲方安全员逐项测试。
P:6.11 施工产生的废旧电缆、包装材料等由乙方分类收集并按甲方要求处置，不得在厂区内焚烧或随意堆放。
H:第七条 违约责任
P:7.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之七支付违约金，累计不超过合同总价的10%。
P:7.2 因乙方原因导致停产窗口延长的，乙方还应赔偿甲方因此增加的停产损失。
H:第八条 知识产权
P:8.1 产线控制软件的知识产权归乙方，甲方获得永久使用许可。
P:8.2 为本项目开发的MES接口程序、PLC程序及视觉检测配方归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人维护。
H:第九条 数据安全
P:9.1 产线运行数据、质量追溯数据及工艺参数归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方指定的VPN账号进行并留存操作记录；乙方不得在控制系统中植入与本项目无关的程序。
P:9.3 因乙方原因导致数据泄露、篡改或生产系统受攻击的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:第十条 保密
P:10.1 双方对在履约中知悉的对方技术资料和商业信息负有保密义务，未经对方书面同意不得披露，保密期至合同终止后三年。
H:第十一条 分包
P:11.1 乙方如需将控制柜配线等辅助工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在10日内撤离现场，移交已完成部分的设备、程序和资料，双方按已完成并经确认的工作量结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交宁波仲裁委员会仲裁。
H:第十三条之一 不可抗力与通知
P:13.2 因不可抗力不能按期履行的，受影响一方应在事件发生后3日内通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
P:13.3 本合同项下的通知应以书面形式送达合同首页所列地址或双方书面确认的电子邮箱，邮件发出之日视为送达。
H:第十四条 其他
P:14.1 本合同附件包括技术规格书、施工组织方案和停产窗口计划，与本合同具有同等效力。本合同一式四份，双方各执两份。
P:甲方（盖章）：________　乙方（盖章）：________
""")

SRC["z03"] = ("h673z03_bone_setting_chain_booking_saas.txt", "txt", """连锁正骨门店预约及会员管理系统服务合同

合同编号：ZG-SaaS-2026-012
甲方：某正骨推拿连锁管理有限公司
乙方：某云软件科技有限公司

甲方在全国经营45家正骨推拿门店，拟使用乙方的预约及会员管理云服务替换各门店现有的单机收银系统。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方45家门店开通"预约及会员管理云服务"（以下简称"云服务"），包括线上预约、技师排班、会员储值与次卡、收银、营销券、门店经营报表等功能。
2. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
（二）实施服务
1. 乙方负责45家门店的系统配置、历史会员及储值余额迁移、甲方微信小程序预约页面的定制开发、与甲方财务系统的接口开发，以及店长和前台人员培训。
2. 实施期为合同签订后60日，分三批上线，每批不超过16家门店。

（三）甲方职责
1. 甲方指定总部运营部为项目牵头部门，负责组织各门店配合数据整理、上线培训和验收；
2. 甲方应在实施开始前10日内提供会员、储值、次卡和技师的历史数据，并对数据的准确性负责；
3. 各门店应自行配备可联网的收银电脑、小票打印机和扫码设备，具体型号以乙方提供的兼容清单为准。

二、费用
（一）订阅费：每家门店每个服务年度¥6,800，45家门店每个服务年度¥306,000，两个服务年度合计¥612,000。
（二）实施费：¥148,000，含数据迁移、小程序定制及接口开发。
（三）培训费：¥18,000。
（四）合同总价：¥778,000（含税）。

三、付款
（一）实施费和培训费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（三）甲方不向乙方支付任何预付款。

四、上线验收
（一）验收标准：
1. 会员信息、储值余额、次卡余次迁移后逐户核对一致，差错为零；
2. 各门店可完成预约、签到、收银、退款全流程，小程序预约成功率不低于99%；
3. 财务接口每日营业数据与门店报表连续10日一致；
4. 高峰时段每家门店收银操作响应时间不超过2秒。
（二）每批门店上线后，甲方在7个工作日内组织验收；全部批次通过后签署上线验收报告。门店开始使用系统不视为验收合格。

五、服务水平
（一）云服务月度可用率不低于99.5%，计划维护安排在每日凌晨1点至5点之间并提前通知。
（二）一级故障（多家门店无法收银或预约）30分钟内响应，2小时内恢复；二级故障2小时内响应；三级故障1个工作日内响应。
（三）月度可用率每低于约定值0.5个百分点，乙方按当月订阅费的5%给予服务抵扣，当月累计抵扣不超过当月订阅费的一半；一级故障响应超时的，每次另行抵扣¥1,000。

（四）乙方应提供7×24小时故障报告渠道，包括客服电话和在线工单；工作日9点至21点提供在线咨询，门店营业高峰时段安排专人值守。
（五）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单及处理情况、工单统计和改进措施。

五之一、运营支持
（一）乙方应为甲方指定一名客户成功经理，负责日常对接、需求收集和季度回访，每季度与甲方召开一次服务回顾会议。
（二）甲方新开门店的，乙方应在收到甲方书面通知后5个工作日内完成开通和配置，新增门店的订阅费按本合同单价和剩余服务期按月折算。甲方关闭门店的，可书面通知乙方停止该门店的订阅，自次月起不再计费。
（三）云服务功能升级应提前7日通知甲方，涉及门店操作流程变化的，乙方应同时提供操作说明并安排线上培训。
（四）乙方应保证系统支持甲方的会员等级、储值赠送、次卡有效期、技师提成等业务规则配置，甲方调整业务规则的，乙方在3个工作日内完成配置。
（五）对于甲方提出的小程序页面调整需求，单次工作量不超过3人日的，乙方免费实施；超出部分另行协商报价。

六、数据
（一）甲方会员的姓名、手机号、体质评估记录、消费记录等数据归甲方所有。
（二）乙方有权将甲方的预约、消费数据经去标识化和汇总处理后，用于行业经营分析报告及乙方产品的改进，该等汇总数据及分析结果归乙方所有。
（三）数据安全：乙方应按照《个人信息保护法》《数据安全法》的要求，对个人信息加密存储和传输，实行最小权限访问并保存访问日志；云服务部署于境内数据中心，数据不出境。发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）服务终止后30日内，乙方应按甲方要求导出全部数据并删除其系统中的甲方数据。

七、知识产权
（一）云服务平台的知识产权归乙方所有。
（二）为甲方定制开发的小程序页面、财务接口程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人维护。

八、保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，该义务在合同终止后两年内继续有效。

七之一、系统对接
（一）乙方应开放会员、订单和营业数据的标准接口，供甲方自建的数据分析平台按日抽取，接口调用不另行收费。
（二）甲方更换财务系统的，乙方应配合完成接口调整，工作量在5人日以内的免费实施。

（三）乙方应在每年春节、国庆等门店客流高峰期前完成系统扩容评估，并安排技术人员值班。

八之一、培训
（一）乙方应在每批门店上线前对店长、前台和技师组长进行线上培训，并在上线首日安排实施顾问远程陪同；对甲方总部运营人员进行报表分析和营销活动配置培训。
（二）乙方应提供图文操作手册和短视频教程，并在系统内提供帮助中心。

九、违约责任
（一）乙方未按约定时间完成上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。
（二）乙方违反本合同数据条款的，应赔偿甲方因此遭受的全部损失，包括甲方向会员支付的赔偿。

十、续期
服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，并可依此类推。续期期间的订阅费按乙方届时公布的标准价格执行，乙方有权在续期时调整单价，以书面通知甲方为准。

十一、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还未履行服务期间的费用。
（二）云服务连续中断超过72小时的，甲方可以立即解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，向甲方住所地人民法院起诉。

十三之一、不可抗力
因不可抗力导致云服务中断的，乙方应及时通知甲方并尽力恢复服务，双方均不承担违约责任；中断期间的订阅费按天数相应扣减。

十三之二、廉洁
乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益，一经发现，甲方有权要求乙方整改并追究其责任。

十四、其他
本合同自双方签章之日起生效，一式两份，双方各执一份。附件《功能清单》《门店上线计划》为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
签署日期：                    签署日期：
""")

SRC["z04"] = ("h673z04_forest_police_case_system_annual_om.txt", "txt", """森林公安案件管理系统年度运维服务合同

项目编号：SLGA-CS-2026-009（竞争性磋商）
甲方：某市公安局森林警察支队
乙方：某信息系统服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就森林公安案件管理系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象为甲方案件管理系统，包括案件受理、立案审批、现场勘查记录、涉案林木及野生动物物证管理、执法监督和统计报表等子系统，以及配套的应用服务器、数据库服务器、存储设备和公安网内的相关网络设备。
（二）服务期为2026年7月1日至2027年6月30日。
（三）服务内容包括：日常巡检与监控、故障处理、数据库维护与性能优化、数据备份与恢复演练、安全加固与漏洞修复、版本适配、用户支持及运维报告。

第二条 服务人员
（一）乙方派驻运维工程师2名，在甲方指定地点工作，工作时间与甲方作息一致；重大执法行动期间按甲方要求延长值守。
（二）驻场人员须通过甲方政治审查，签署保密承诺书，未经甲方同意不得更换。
（三）乙方须在合同签订后10日内完成人员进场及与原运维单位的交接。

第三条 服务费用
（一）服务费总额为人民币陆拾玖万元整（¥690,000），为固定总价，包括：驻场运维服务费¥468,000；系统巡检及安全加固费¥96,000；数据备份及恢复演练费¥54,000；备品备件费¥72,000。
（二）上述费用包含乙方完成本合同所需的全部人员、差旅、工具及税费。

第四条 付款方式
（一）服务费按季度平均支付，每季度¥172,500。
（二）每季度结束后，甲方根据季度考核结果在15个工作日内支付该季度服务费，考核扣款从当季服务费中扣除。
（三）本合同不设预付款。

第五条 服务水平与考核
（一）故障等级：一级故障指案件管理系统整体不可用或数据库无法访问；二级故障指单个子系统不可用；三级故障指个别功能异常或用户操作问题。
（二）响应时限：一级故障，乙方应在8小时内响应并开始处理；二级故障在1个工作日内响应；三级故障在2个工作日内响应。
（三）乙方每月至少完成一次全面巡检，每季度完成一次数据恢复演练，每月5日前提交上月运维报告。
（四）考核扣款：故障响应超时的，每次扣款¥1,000；未按时提交运维报告或巡检记录的，每次扣款¥500；全年累计超时达5次的，甲方可另行要求乙方更换驻场人员。

（五）运维工作规范：
1. 乙方应建立运维工作日志，记录每日巡检、变更、故障处理和用户支持情况，日志每周报甲方信息化管理部门审阅；
2. 系统变更须提前提交变更申请，说明变更内容、影响范围和回退方案，经甲方批准后在非办案高峰时段实施；
3. 每月对数据库进行一次性能分析，对慢查询、表空间和归档日志进行优化和清理，并在运维报告中说明结果；
4. 每季度开展一次漏洞扫描和基线核查，发现的高危漏洞应在甲方规定的时限内完成修复或采取临时防护措施；
5. 每半年组织一次应急演练，演练方案和总结报甲方备案。
（六）备品备件：乙方应在服务期内常备硬盘、电源模块、内存等易损件，故障部件更换后应将旧部件交甲方处置，存储介质须在甲方监督下进行物理销毁。
（七）重大执法行动保障：在森林防火期、打击破坏森林和野生动物资源专项行动期间，乙方应根据甲方通知安排专人全天值守，确保案件受理和审批业务不中断。

第六条 验收
（一）每季度末，甲方依据运维报告、故障记录和巡检记录对乙方进行季度考核，出具考核意见。
（二）服务期满后，甲方按照磋商文件规定的验收标准组织年度验收：全年无因乙方原因导致的数据丢失；恢复演练全部成功；漏洞整改完成率符合磋商文件要求；运维文档齐全并已移交。

第七条 数据安全与保密
（一）案件管理系统中的全部案件数据、当事人信息及执法记录归甲方所有，乙方不得以任何形式复制、留存或用于本合同以外的目的。
（二）乙方运维操作一律在公安网内通过堡垒机进行，禁止使用个人移动存储介质，禁止将任何数据传至互联网。
（三）发生数据泄露、丢失或安全事件时，乙方应在1小时内报告甲方，配合开展调查和处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）乙方及其人员对履约中知悉的案件信息、工作秘密和警务信息负有保密义务，该义务不因合同终止而解除。

第八条 分包
乙方可将机房空调、UPS等基础设施的例行巡检工作交由具备相应资质的第三方承担，但应提前5个工作日书面告知甲方，并对其工作质量负责。

第九条 知识产权
乙方在服务期间编写的运维脚本、巡检模板、应急预案及运维文档归甲方所有，乙方应在服务期满时全部移交。

第九条之一 人员管理
（一）驻场运维工程师应具备数据库管理或系统运维相关资格证书，且具有两年以上政法或公安行业信息系统运维经验，乙方应在进场前提交人员简历及证书复印件。
（二）驻场人员须遵守甲方的保密、考勤和安全管理制度，进入机房须登记，不得携带手机等智能设备进入涉密区域。
（三）驻场人员请假应提前向甲方报备，并由乙方安排具备同等能力的人员临时替岗，确保在岗人数符合合同约定。
（四）乙方应每半年对驻场人员进行一次安全保密教育和技术培训，培训记录报甲方备案。

第九条之二 服务报告与沟通
（一）乙方每季度向甲方提交季度运维报告，分析系统运行趋势、故障原因和容量需求，并提出优化建议。
（二）甲方每季度召开一次运维工作会议，乙方项目负责人须参加并汇报工作情况，对甲方提出的整改意见应在10个工作日内落实。

第十条 违约责任
（一）乙方未能按期完成人员进场及交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方过错导致数据丢失或系统长时间中断的，乙方应承担恢复费用并赔偿甲方损失。

第十一条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

第十二条 合同期满
服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，依法重新组织采购。

第十二条之一 服务质量评价
（一）甲方每季度组织各业务科室对乙方服务进行满意度评价，评价内容包括响应及时性、问题解决率、服务态度和文档质量。
（二）满意度评价结果作为季度考核的组成部分，评价不满意的事项，乙方应在下一季度内整改并书面反馈整改结果。
（三）服务期内甲方对系统进行升级改造的，乙方应免费提供技术配合，包括提供系统现状资料、参与方案评审和配合割接。

第十二条之二 交接与移交
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的新运维单位完成交接，移交全部账号口令、运维文档、配置清单、脚本和备份介质，并配合完成不少于10个工作日的过渡期支持，交接完成后由双方签署交接确认书。

第十二条之三 廉洁与不可抗力
（一）乙方不得向甲方工作人员提供任何形式的不正当利益，不得以甲方名义从事与本合同无关的活动。
（二）因不可抗力致使本合同部分或全部不能履行的，受影响一方应及时通知对方，并在10日内提供证明，双方根据影响程度协商处理。

第十二条之四 通知
本合同项下的通知以书面形式送达双方在合同首页载明的地址；一方地址变更的，应在3日内书面通知对方。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式四份，甲方三份，乙方一份，自双方签章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
""")

SRC["z05"] = ("h673z05_prosthetics_socket_tracking_supplier_template.md", "md", """# 软件产品许可及定制开发合同

（乙方标准合同文本 ZX-HT-2025 版）

- 合同编号：ZX-2026-0415
- 甲方（用户）：某假肢矫形器制造有限公司
- 乙方（供应商）：某智造软件有限公司

甲方拟采购乙方"接受腔成型追溯系统"，用于假肢接受腔从取型扫描、修型、热塑成型或3D打印、试穿调整到交付的全过程记录与追溯。双方经协商，同意按本合同文本签订。

## 第一条 合同标的

1.1 乙方向甲方提供"接受腔成型追溯系统"标准版软件使用许可一套，允许在甲方厂区内部署使用，用户数不限。

1.2 乙方按甲方需求进行定制开发，内容包括：三维取型扫描仪数据接口、3D打印机排产接口、试穿调整记录模块、患者随访提醒模块，以及与甲方ERP的订单接口。

1.3 乙方负责软件安装部署及甲方操作人员培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 接受腔成型追溯系统标准版软件许可 | 520,000 |
| 2 | 定制开发（接口及模块） | 436,000 |
| 3 | 安装部署 | 64,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 1,038,000 |

合同总价为人民币壹佰零叁万捌仟元整（¥1,038,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%。

3.2 系统上线运行后，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到第3.1条款项后90日内完成标准版部署，定制开发部分在需求确认后120日内交付。

4.2 甲方应按乙方要求提供服务器、网络环境及配合人员。因甲方原因导致的延误，交付期限相应顺延。

4.3 需求确认：乙方在合同生效后派需求分析人员到甲方现场调研不超过10个工作日，形成《定制需求说明书》，经甲方签字确认后作为定制开发的依据。需求确认后甲方提出的新增或变更需求，由乙方评估工作量后另行报价，双方签订补充协议后实施，交付期限相应顺延。

4.4 系统运行环境：甲方应自行采购并提供应用服务器、数据库服务器、操作系统、数据库软件及备份设备，配置不低于乙方《系统部署环境要求》的规定。因甲方环境不符合要求导致的系统性能问题，乙方不承担责任。

4.5 甲方应指定一名项目负责人，负责协调各车间的取型、修型、成型和试穿人员配合需求调研、数据准备和系统测试，并在乙方要求的时间内提供历史订单数据和基础数据模板。

## 第五条 验收

5.1 乙方完成安装部署并通知甲方后，系统即进入上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，按第七条维护条款处理。

5.3 乙方交付的文档包括：用户操作手册、系统管理员手册和接口说明。源代码不属于交付范围。

5.4 培训：乙方在系统上线前为甲方提供一次集中培训，时长不超过2天，培训对象为甲方指定的关键用户和系统管理员，人数不超过20人。超出部分的培训按乙方标准收费。

## 第六条 知识产权

6.1 本合同项下软件（包括标准版及定制开发部分）的著作权、专利权及其他知识产权均归乙方所有。

6.2 乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。甲方不得对软件进行修改、反向工程，不得许可第三方使用。

6.3 乙方有权将定制开发成果用于其他客户及乙方产品的升级。

## 第七条 免费维护与后续服务

7.1 乙方自系统上线运行之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度维护合同，维护费用按乙方当年度公布的服务价格标准执行。

7.3 故障响应：一级故障（系统无法登录或数据无法保存）乙方在2小时内远程响应；二级故障在1个工作日内响应；其他问题在3个工作日内答复。

7.4 免费维护期内的维护服务不包括：甲方新增的功能需求、因甲方服务器或网络故障导致的问题、因第三方设备（包括扫描仪、3D打印机）升级导致的接口调整，以及甲方人员误操作造成的数据恢复。上述服务由乙方另行报价。

7.5 乙方的维护服务以远程方式为主，确需现场服务的，甲方承担乙方人员的差旅费用。

## 第八条 数据

8.1 甲方在系统中录入的患者信息、取型数据、生产记录等数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程维护须经甲方授权，使用一次性账号并留存操作日志；乙方应对其接触的患者个人信息采取加密和访问控制措施，发生数据泄露时在2小时内通知甲方，因乙方原因造成的损失由乙方承担。

8.3 乙方可基于远程维护需要，在甲方授权范围内查看系统日志和配置信息，维护工作结束后应及时退出并注销临时账号。

8.4 甲方要求乙方提供数据导出服务的，乙方按标准格式导出，导出服务按乙方标准收费。

## 第九条 保密

双方对在合作中知悉的对方技术信息和商业信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。

## 第九条之一 甲方义务

9.1 甲方应按本合同约定按时足额支付款项。

9.2 甲方应确保其提供给乙方的数据合法、准确，并已取得患者等相关个人的必要授权，因甲方数据来源不合法引起的纠纷由甲方承担。

9.3 甲方应妥善保管系统账号口令，因甲方人员操作不当、擅自修改配置或感染病毒导致的系统故障或数据损坏，乙方提供有偿修复服务。

9.4 甲方应定期备份系统数据，乙方对甲方未备份造成的数据损失不承担责任。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的全部责任（含违约金及赔偿）累计不超过合同总价的20%。

10.3 乙方对甲方的间接损失、利润损失、数据丢失不承担责任。

## 第十一条 合同的解除

11.1 甲方逾期付款超过30日的，乙方有权解除本合同，已收款项不予退还。

11.2 本合同生效后，甲方不得单方解除本合同；已支付的款项不予退还。

## 第十一条之一 不可抗力

11.3 因地震、火灾、疫情、政府行为、网络攻击、电力中断或其他不能预见、不能避免且不能克服的原因导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。不可抗力影响消除后，双方继续履行本合同。

## 第十一条之二 通知与变更

11.4 双方往来通知以书面形式送达合同载明的地址或电子邮箱。乙方对本标准文本享有最终解释权，本合同的任何修改须经乙方法务部门审核并以书面形式签署。

11.5 乙方产品版本升级后，乙方可停止对旧版本的维护，甲方需升级的，按乙方届时的升级政策执行。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同文本为乙方标准文本，双方的补充约定以书面附件形式另行签署。

13.2 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　日期：
""")

SRC["e01"] = ("h673e01_herning_planning_licence_services.pdf", "pdf", """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HPS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Herning Planning Systems A/S, a company incorporated in Denmark with its registered office in Herning, Denmark (the "Supplier"), and Nantong Bluewave Textile Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nantong, Jiangsu Province (the "Customer").
P:The Customer wishes to plan production across its two machining plants with the Supplier's advanced planning and scheduling software, and the Supplier has agreed to license that software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's FlowPlan APS software, version 9, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, data conversion scripts and other work product created by the Supplier specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Software is used to release production orders in both plants.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.5 "Customer Data" means all data supplied by the Customer or generated by the Software from the Customer's data, including orders, routings, bills of materials, capacities and schedules.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 120 named planners and unlimited viewing users at the Customer's sites in the People's Republic of China and on the Customer's own servers.
P:2.2 The Supplier shall perform the implementation services described in Annex 1, including process workshops, configuration of planning rules, interfaces to the Customer's ERP and MES systems, conversion of master data, user training and Go-Live support.
P:2.3 The Supplier shall appoint a named project manager who speaks Mandarin or works with a Mandarin-speaking consultant, and shall not replace the project manager without the Customer's prior consent, which shall not be unreasonably withheld.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 1,680,000, inclusive of applicable taxes, made up as follows: licence fee for the Software CNY 1,180,000; implementation services CNY 462,000; training CNY 38,000.
P:3.2 The implementation services are provided for a fixed price. Travel and living expenses of the Supplier's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 20 days after signature of this Agreement, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 45% of the total price within 20 days after Go-Live. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account of the Supplier stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall reach Go-Live within 150 days after signature and shall request Final Acceptance no later than 60 days after Go-Live.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 2 works as described; (b) the ERP and MES interfaces transfer orders, confirmations and stock movements without error for 15 consecutive working days; (c) a full re-plan of both plants completes within 3 minutes; (d) planned and actual order completion dates reconcile for a test set of 500 orders agreed by the parties; and (e) no Severity 1 defect is open.
P:5.3 The Customer shall carry out acceptance tests within 10 working days after the Supplier's request and shall either confirm Final Acceptance in writing or list the criteria not met. Go-Live, productive use or any payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 2 for eighteen (18) months from Final Acceptance. During that period the Supplier shall correct defects, provide new versions and give telephone and remote support free of charge.
P:6.2 Severity 1 (planning cannot be run or production orders cannot be released) shall be responded to within one hour and worked on continuously until a workaround is in place. Severity 2 shall be responded to within one working day. For every full hour by which the response to a Severity 1 defect is late, the Supplier shall credit CNY 1,000 against the next invoice or pay it on demand.
P:6.3 After the warranty period the Customer may order annual support and updates at 11% of the licence fee per year (CNY 129,800). This fee is fixed for the first three years after the warranty period. Each year of support is ordered separately; nothing in this Agreement renews automatically.
H:Article 7 Delay
P:7.1 If Go-Live or the request for Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:7.2 Liquidated damages do not prevent the Customer from terminating this Agreement under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall hand over their source code with the documentation, and the Customer may use, modify and license them to its affiliates and contractors without restriction.
P:8.3 The Supplier shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the costs of such claims.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall use it only to perform this Agreement and shall not keep copies after the end of the implementation.
P:9.2 The Supplier shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, after approval for each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Customer Data shall be transferred out of mainland China.
P:9.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, cooperate in the investigation, and bear the loss caused by an incident attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, customer names, prices and process know-how, and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 11 Liability and Subcontracting
P:11.1 The total liability of either party under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 9 and 10, infringement claims, wilful misconduct or personal injury.
P:11.2 The Supplier shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 The Customer may also terminate if liquidated damages under Article 7 reach their maximum.
P:12.3 On termination by the Customer for the Supplier's breach, the Supplier shall refund payments for services not accepted and shall hand over all Custom Deliverables completed at the date of termination.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Denmark, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of Arbitration of the Danish Institute of Arbitration. The seat of arbitration is Copenhagen and the language is English.
H:Article 14A Project Governance
P:14.3 The parties shall hold a steering meeting every month during the implementation, chaired by the Customer's production director, to review progress, risks and open decisions. The Supplier shall send a written status report every week, in English and Chinese.
P:14.4 Notices under this Agreement shall be in writing and sent to the addresses stated above, or by email to the contacts named in Annex 1.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Implementation Services) and Annex 2 (Functional Specification), is the entire agreement between the parties on its subject matter. Changes must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Supplier: ____________________    For the Customer: ____________________
""")

SRC["e02"] = ("h673e02_vejle_quality_saas_order_form.md", "md", """# ORDER FORM AND GENERAL TERMS

**Vejle QMS Cloud ApS** (registered office: Vejle, Denmark), acting through its subsidiary **Vejle QMS Cloud (Shanghai) Co., Ltd.** ("Vendor")
and **Hefei Everbright Auto Parts Co., Ltd.**, Hefei, Anhui Province, PRC ("Customer")

Order Form No. VQC-OF-2026-118

## PART A - ORDER FORM

### A1. Subscribed Service

Vendor's QualityHub quality-management cloud service, China region, comprising the complaint and 8D module, the audit and CAPA module, supplier quality (PPAP) and document control, for 260 named users across the Customer's three plants in Hefei, Wuhu and Anqing.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under A5. This Order Form does not renew automatically; any further term requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| QualityHub platform subscription, 260 named users | per Subscription Year | 248,000 |
| Supplier portal add-on, up to 400 supplier accounts | per Subscription Year | 64,000 |
| Subscription fees, two Subscription Years | 2 x 312,000 | 624,000 |
| Onboarding services (configuration, data migration, SSO integration) | one-time | 58,000 |
| Administrator and key-user training | one-time | 14,000 |
| **Total Fees** | | **696,000** |

All Fees include VAT. Additional named users may be ordered at CNY 950 per user per Subscription Year, pro rata; such usage-based additions are not part of the Total Fees.

### A4. Invoicing and Payment

- Onboarding and training fees are invoiced after Onboarding Acceptance.
- Subscription fees are invoiced annually at the start of each Subscription Year.
- Invoices are payable within 30 days of receipt by bank transfer in CNY.
- No other amounts are payable before the Service Start Date.

### A5. Onboarding

Vendor will complete onboarding within 70 days after signature of this Order Form. Onboarding Acceptance requires that: (a) the Customer's open complaints, 8D reports, audit findings and approved documents from its legacy system are migrated and reconciled record by record; (b) single sign-on with the Customer's directory works for all named users; (c) the supplier portal is live for at least 50 pilot suppliers; and (d) the workflows in the agreed Configuration Workbook pass the Customer's test scripts. The Customer will test within 10 working days after Vendor's notice of readiness and confirm acceptance in writing or list the failures, which Vendor will correct before a re-test. Use of the service by pilot users does not constitute acceptance.

If onboarding is not accepted by the date in this A5 for reasons attributable to Vendor, Vendor shall pay delay damages of 0.08% of the Total Fees for each day of delay, capped at 8% of the Total Fees.

### A6. Contacts and Notices

Customer: Director of Quality, Hefei plant. Vendor: Customer Success Manager, Shanghai office. Notices under this Order Form are given in writing to these contacts by registered mail or email with confirmation.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the cloud service described in A1, including updates Vendor makes generally available.

1.2 "Customer Data" means all data, documents and files that the Customer or its users or suppliers upload to, or create in, the Service.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration mappings configured by Vendor specifically for the Customer during onboarding or later change requests.

### 2. Provision of the Service

2.1 Vendor will make the Service available to the Customer's named users during the Subscription Term and will provide the onboarding services described in A5.

2.2 Vendor will use commercially reasonable efforts to keep the Service available and to perform maintenance outside the Customer's normal working hours. Vendor's support desk can be reached by email and through the in-app help centre during business hours in China, and Vendor will handle requests in the order in which they are received and according to their urgency.

2.3 Vendor may modify the Service from time to time, provided that the overall functionality described in A1 is not materially reduced.

2.4 The Service is hosted in a data centre in mainland China operated by Vendor's cloud infrastructure provider.

### 3. Customer Obligations

3.1 The Customer is responsible for its users' compliance with these General Terms, for keeping passwords confidential and for the accuracy of the Customer Data.

3.2 The Customer shall not resell the Service, attempt to gain unauthorised access to it, or use it to store unlawful content.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. Vendor processes Customer Data only to provide the Service and the onboarding services and for no other purpose, and does not use it for analytics, benchmarking or product development.

4.2 Vendor shall maintain technical and organisational security measures appropriate to the risk, including encryption of Customer Data in transit and at rest, role-based access control for Vendor staff, logging of administrative access, daily backups kept in mainland China and an information security programme certified to ISO 27001. Customer Data is not transferred outside mainland China.

4.3 Vendor shall notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a security incident affecting Customer Data, shall take the measures needed to contain it, and shall be liable for the Customer's losses caused by an incident attributable to Vendor's breach of this clause 4.

4.4 Within 30 days after the end of the Subscription Term, Vendor will make the Customer Data available for export in standard formats and will then delete it from the Service and from backups in the normal backup cycle.

### 5. Subcontractors and Sub-processors

5.1 Vendor may use subcontractors and sub-processors, including its affiliates and its hosting provider, to provide the Service and the onboarding services. Vendor will keep a list of them on its trust website and will notify the Customer by email at least 14 days before adding a new one. Vendor remains responsible for their performance.

### 6. Intellectual Property

6.1 Vendor owns the Service and all intellectual property rights in it. The Customer receives a right to use the Service during the Subscription Term.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let third parties use them, also after the end of the Subscription Term, and Vendor will export them in a documented format on request.

### 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party that is marked confidential or should reasonably be understood to be confidential, including the terms of this Order Form, and use it only for this agreement. This obligation continues for three years after the end of the Subscription Term.

### 8. Warranties

8.1 Vendor warrants that the Service will perform materially as described in its documentation and that the onboarding services will be performed with reasonable skill and care. If the Service does not so perform, Vendor will correct it within a reasonable time.

### 9. Liability

9.1 Each party's total liability arising out of this agreement is limited to 150% of the Total Fees.

9.2 This limit does not apply to breach of clause 4 or clause 7, to infringement claims, or to fraud or wilful misconduct.

9.3 Neither party is liable for loss of profit or indirect loss, except as stated in clause 9.2.

### 10. Term and Termination

10.1 This agreement runs for the Subscription Term stated in A2.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for Vendor's breach, Vendor will refund prepaid fees for the remainder of the Subscription Year.

10.3 On termination or expiry, the Customer's right to use the Service ends and clause 4.4 applies.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in effect. The award is final and binding on both parties.

### 11A. Changes and Cooperation

11A.1 Either party may request changes to the onboarding scope. Vendor will describe the effect of a requested change on effort, fees and dates within 5 working days, and no change is binding until both parties sign a change note.

11A.2 The Customer will make its quality team, its IT administrators and sample data available for onboarding workshops and tests as agreed in the project plan.

### 12. General

12.1 These General Terms and the Order Form form the entire agreement on the Service. If they conflict, the Order Form prevails.

12.2 Changes are valid only if made in writing and signed by both parties.

Signed for Vendor: ____________________ Signed for Customer: ____________________
""")

SRC["e03"] = ("h673e03_randers_pump_vibration_sensors_licence.docx", "docx", """
T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. YLD-EQ-2026-0207
P:Buyer: Hohhot Grassland Dairy Co., Ltd., Hohhot, Inner Mongolia, People's Republic of China (the "Buyer").
P:Supplier: Randers Condition Monitoring A/S, Randers, Denmark, acting together with its Beijing representative office (the "Supplier").
P:The Buyer wishes to monitor the pumps, homogenisers, separators and refrigeration compressors of its two processing plants with wireless vibration and temperature sensors. This contract is made on the Buyer's standard purchase terms, as amended by agreement for this project.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's VibroSight monitoring software, perpetual licence, installed on the Buyer's servers, with its documentation and updates.
P:1.3 "Project Deliverables" means the asset hierarchy, alarm thresholds, dashboards, interface programs and reports prepared by the Supplier specifically for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 320 wireless sensors on the machines listed by the Buyer, 24 gateways, and the Software for unlimited users.
P:2.2 The Supplier shall configure the Software, build the asset hierarchy of both plants, set the initial alarm levels jointly with the Buyer's maintenance engineers, develop an interface that sends work requests to the Buyer's maintenance management system, and train the Buyer's staff.
P:2.3 All work inside the plants shall follow the Buyer's hygiene, food-safety and permit-to-work rules.
H:3. Price
P:3.1 The contract price is CNY 1,615,000, including VAT, delivery to the plants, installation and all costs of the Supplier's staff. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-free food-grade housing|320|2,850|912,000
TB:2|Gateway with 4G and Ethernet backhaul|24|6,400|153,600
TB:3|VibroSight monitoring software, perpetual licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,451,600
TB:4|Installation, commissioning and interface development|1|142,000|142,000
TB:5|Training for maintenance engineers and operators|1|21,400|21,400
TB:|Contract Price|||1,615,000
P:3.2 The prices are fixed for the duration of this contract.
H:4. Payment
P:4.1 Advance payment: 10% of the contract price within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 Delivery payment: 55% of the contract price within 30 days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 Final payment: 35% of the contract price within 30 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 If delivery or completion is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to a maximum of 10% of the contract price. If the delay exceeds 45 days, the Buyer may terminate this contract under clause 13.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of 30 days.
P:6.2 Acceptance criteria: (a) all sensors report to the Software at the configured interval, with data loss below 0.5% of expected readings during the trial period; (b) alarms for the test cases in the acceptance plan reach the maintenance management system within 60 seconds; (c) sensor readings agree with the Buyer's calibrated handheld analyser within the tolerance stated in the technical specification; (d) all Project Deliverables and documentation have been delivered.
P:6.3 If the criteria are met, the Buyer shall sign the acceptance certificate within 7 working days. Installation, trial operation or payment do not amount to acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including replacement sensor batteries that fail early, and shall supply Software updates.
P:7.2 Fault response:
TB:Severity|Description|Response time|Restoration target
TB:1|Software or more than 20 sensors not reporting|30 minutes|8 hours
TB:2|Individual gateway or sensor failure|1 working day|5 working days
TB:3|Questions and minor defects|2 working days|Next update
P:7.3 For every full hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Supplier shall offer annual support (hardware replacement, Software updates and remote support) at 8% of the Hardware and Licence Subtotal per year, that is CNY 116,128, fixed for the two years following the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and is licensed to the Buyer perpetually for use at the Buyer's sites.
P:8.2 Project Deliverables belong to the Buyer. The Supplier shall deliver their source files, and the Buyer may use, modify and license them to third parties freely.
H:9. Data Security
P:9.1 All measurement data, alarms, asset data and reports belong to the Buyer and may be used by the Supplier only to perform this contract.
P:9.2 The Software and its database are installed in the Buyer's data centre. The Supplier shall access them only through the Buyer's remote access gateway after approval for each session, with multi-factor authentication and recorded sessions, and shall not copy data out of the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 2 hours, help to contain it and bear the losses caused by an incident attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's production data, plant layouts, recipes, network information and other non-public information, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of this contract.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or under clause 5.2.
P:13.2 On such termination the Supplier shall refund all amounts paid for Equipment or services not accepted and collect the related Equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
H:14A. Training and Documentation
P:14.3 The Supplier shall provide two days of training for up to 16 maintenance engineers on sensor mounting, gateway set-up, alarm handling and spectrum analysis, and one day for operators and shift leaders on reading the dashboards.
P:14.4 The Supplier shall deliver, in Chinese and English, installation drawings showing the position of every sensor, the asset hierarchy, an administrator manual, a user manual and the as-built configuration of the gateways and the Software.
P:14.5 During the warranty period the Supplier shall visit each plant once every six months to check sensor mounting, battery levels and gateway coverage, and shall report the results with recommendations for alarm level adjustments.
P:14.8 The Supplier shall provide, free of charge during the warranty period, telephone and remote support in Chinese from 08:00 to 20:00 on working days for questions on the use of the Software and the interpretation of vibration trends, and shall answer such questions within one working day.
P:14.9 Before installation starts, the Supplier shall survey both plants with the Buyer's maintenance engineers, confirm the measuring point on each machine, check radio coverage for every gateway location and submit a site survey report. Any change to the sensor list resulting from the survey shall be agreed in writing and shall not change the unit prices in clause 3.
P:14.10 The Supplier's engineers shall hold valid electrical work permits where required and shall be accompanied by the Buyer's staff in all production areas.
H:14B. Spare Parts
P:14.6 The Supplier shall keep spare sensors and gateways in stock in China so that defective units can be replaced within 5 working days, and shall guarantee the availability of spare parts and compatible replacement models for at least eight years after Final Acceptance.
P:14.7 Sensors removed from service shall be returned to the Supplier for recycling of their batteries in accordance with applicable environmental rules.
H:15. General
P:15.1 The technical specification and the acceptance plan are annexes to this contract. This contract is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
""")

SRC["e04"] = ("h673e04_viborg_managed_workplace_services.md", "md", """# MANAGED SERVICES AGREEMENT

Agreement No. VMS-2026-031

**Parties**

1. **Changzhou Hengli Precision Bearings Co., Ltd.**, Changzhou, Jiangsu Province, PRC (the "Customer"); and
2. **Viborg Managed IT A/S**, Viborg, Denmark, providing the services through its branch in Suzhou (the "Supplier").

**Background.** The Customer runs three plants with about 1,150 office and shop-floor users. It wishes to outsource its service desk, end-user device support and local network operations to the Supplier for 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Transition" means the take-over of the services from the Customer's internal team and its current provider, as described in Schedule 1, Part B.

1.4 "Service Commencement Date" means the day after Transition Acceptance.

1.5 "Initial Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 The Supplier shall provide the Services from the Service Commencement Date for the Initial Term and any renewal term, in accordance with the Service Levels and good industry practice.

2.2 The Supplier shall staff an on-site team at each plant as stated in Schedule 1 and a bilingual remote service desk in Suzhou.

2.3 The Supplier shall keep the Customer's configuration database, network diagrams and asset register up to date and make them available to the Customer at any time.

## 3. Transition and Acceptance

3.1 The Supplier shall complete Transition within 75 days after signature.

3.2 Transition Acceptance requires that: (a) all open tickets have been taken over and the knowledge base contains at least the procedures listed in Schedule 1, Part B; (b) the asset register has been reconciled against a physical count of at least 95% of devices; (c) monitoring of all switches, wireless controllers and firewalls is active; and (d) the service desk has run for 10 working days in parallel with the Customer's team without a missed Priority 1 response.

3.3 The Customer shall confirm Transition Acceptance in writing within 5 working days after the criteria are met, or list the criteria not met. Starting to use the Supplier's service desk is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value for the Initial Term is CNY 2,212,000.

4.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days.

4.3 Service credits under Schedule 2 are deducted from the next invoice.

## 5. Service Levels

5.1 The Supplier shall meet the Service Levels in Schedule 2 and report its performance monthly.

5.2 If the Supplier misses a Service Level, it shall give the service credits stated in Schedule 2 and submit a remediation plan within 10 working days.

## 6. Customer Data

6.1 All data of the Customer that the Supplier handles in providing the Services, including user details, tickets, device records and network configurations, remains the property of the Customer. The Supplier shall use it only to provide the Services and shall return it at the end of this Agreement.

## 7. Intellectual Property

7.1 Procedures, scripts, configuration templates and documentation created by the Supplier for the Customer under this Agreement belong to the Customer, which may use and modify them and hand them to any later provider.

7.2 The Supplier keeps its own tools and methods, and grants the Customer a free licence to use any of them embedded in the deliverables.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this Agreement and not disclose it to third parties other than its advisers and, in the case of the Supplier, staff who need it to perform the Services. This obligation continues for three years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Supplier shall assign qualified staff and replace any staff member whom the Customer reasonably objects to.

9.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and continues for the Initial Term.

11.2 After the Initial Term, this Agreement renews automatically for successive renewal terms of 24 months each unless either party gives written notice of non-renewal at least 90 days before the end of the current term. For each renewal term the Supplier may increase the Monthly Service Charge by up to 8% by notice to the Customer before the renewal term starts.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate if the Supplier misses the same Priority 1 Service Level in three consecutive months.

11.4 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3 so that the services can be transferred to the Customer or a new provider.

## 11A. Governance and Reporting

11A.1 The Supplier shall appoint a service delivery manager who is the Customer's single point of contact, attends a monthly service review at the Changzhou plant and leads the quarterly business review with the Customer's IT manager.

11A.2 The monthly service report shall include performance against each Service Level, ticket volumes by site and category, major incidents with root-cause analysis, open problems and planned changes. The Customer may ask for the underlying ticket data at any time.

11A.3 Changes to the Services, the Schedules or the charges require a written change note signed by both parties.

11A.4 At the end of each contract year the parties shall review the staffing levels in Schedule 1 against ticket volumes and agree any adjustment in a change note.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 13. General

13.1 The Schedules form part of this Agreement. If there is a conflict, the clauses prevail over the Schedules.

13.2 Changes must be agreed in writing and signed by authorised representatives of both parties.

## Schedule 1 - Services

**Part A - Scope**

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English, ticket handling and user administration | Monday to Saturday, 07:00 to 23:00 |
| On-site support | Desktop, laptop, printer and shop-floor terminal support; installs, moves and changes | Plant working hours |
| Network operations | Monitoring and management of switches, wireless controllers, access points and firewalls | 24 x 7 monitoring |
| Asset management | Asset register, device lifecycle and software licence records | Monthly reconciliation |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

**Part B - Staffing and Transition**

| Item | Detail |
|---|---|
| On-site team | Changzhou plant 3 engineers; Liyang plant 2 engineers; Jintan plant 1 engineer |
| Service desk | Shared team in Suzhou with a named team lead |
| Transition deliverables | Ticket take-over, knowledge base with at least 120 procedures, asset reconciliation, monitoring set-up |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Priority 1 response (plant network or production terminals down) | 30 minutes | 3% of the Monthly Service Charge per incident |
| Priority 1 restoration | 3 hours | 2% of the Monthly Service Charge per incident |
| Priority 2 response | 2 hours | 1% of the Monthly Service Charge per incident |
| Core network availability (monthly) | 99.95% | 5% of the Monthly Service Charge per 0.1 point below target |
| First-call resolution at the service desk | 70% | Remediation plan |

Service credits in a month are capped at 20% of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | per month, 36 months x 58,000 | 2,088,000 |
| Transition Fee | one-time | 124,000 |
| **Total Contract Value** | | **2,212,000** |
| Additional on-site engineer (on request) | per engineer per month | 21,500 |
| Exit assistance | per person-day | 2,400 |

Signed for the Customer: ____________________ Signed for the Supplier: ____________________
""")

SRC["e05"] = ("h673e05_aalborg_vessel_data_api_subscription.txt", "txt", """DATA SUBSCRIPTION AGREEMENT

Agreement No. AMD-CN-2026-072

BETWEEN

Aalborg Maritime Data ApS, a company registered in Aalborg, Denmark ("Vendor"), and

Shanghai Eastern Harbour Shipping Logistics Co., Ltd., a company registered in Shanghai, People's Republic of China ("Customer").

BACKGROUND

The Customer operates a fleet of feeder container vessels and a freight-forwarding business along the coast of China and in North-East Asia. It wishes to receive vessel position, port call and marine weather data from the Vendor through an application programming interface (API) and to integrate that data into its voyage-planning and customer-tracking systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel position data, port call events, estimated arrival times and marine weather forecasts that the Vendor makes available through the API.

1.2 "API" means the Vendor's REST and streaming interfaces described in the API documentation, with the access keys issued to the Customer.

1.3 "Subscription Year" means each period of one year starting on the Service Start Date or an anniversary of it. The subscription runs for two Subscription Years.

1.4 "Service Start Date" means the day after Integration Acceptance under clause 4.

1.5 "Customer Inputs" means the vessel watch lists, voyage plans, customer shipment references and other data that the Customer sends to the API or stores in the Vendor's portal.

1.6 "Connectors" means the software adapters developed by the Vendor under clause 3 to load the Data into the Customer's voyage-planning system and its customer-tracking portal.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to receive the Data through the API and to use it within the Customer's group for voyage planning, fleet operations, freight forwarding and the information of the Customer's own shippers.

2.2 The subscription covers up to 1,500 tracked vessels at any time, global terrestrial and satellite position coverage, port call events for all ports in the Vendor's port database, and marine weather forecasts for the Customer's trading area.

2.3 The Customer may display Data to its shippers in its customer-tracking portal but shall not resell the Data as a data feed or offer a service that competes with the Vendor.

3. INTEGRATION SERVICES

3.1 The Vendor shall develop and install two Connectors: one loading positions, estimated arrival times and weather into the Customer's voyage-planning system, and one publishing shipment positions to the Customer's customer-tracking portal.

3.2 The Vendor shall deliver the Connectors with their source code, deployment scripts and documentation, and train the Customer's IT staff to operate and change them.

3.3 The Vendor shall complete the Connectors and request Integration Acceptance within 60 days after signature of this Agreement.

4. INTEGRATION ACCEPTANCE

4.1 The acceptance criteria are: (a) positions for all vessels on the Customer's watch list are received and updated at least every 3 minutes for vessels within terrestrial coverage; (b) port call events for a test sample of 200 port calls agree with the Customer's own voyage records; (c) the Connectors run for 10 consecutive days without a failed load; and (d) the documentation and source code have been delivered.

4.2 The Customer shall test within 10 working days after the Vendor's request and confirm Integration Acceptance in writing or list the failed criteria, which the Vendor shall correct before a re-test. Use of the Data in test environments is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are:
   Data subscription, first Subscription Year ........ CNY 286,000
   Data subscription, second Subscription Year ....... CNY 286,000
   Integration services (two Connectors, training) ... CNY 46,000
   Total Fees ........................................ CNY 618,000

5.2 The integration services fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

5.3 Tracking of more than 1,500 vessels is charged at CNY 160 per additional vessel per month, invoiced quarterly in arrears. Such usage charges are not included in the Total Fees.

5.4 The fees are fixed for the two Subscription Years. All fees include VAT.

6. SERVICE LEVELS

6.1 The Vendor shall make the API available 99.95% of the time in each calendar month, excluding planned maintenance announced at least 5 days in advance.

6.2 The Vendor's support desk shall respond to Priority 1 incidents (API unavailable or no position updates for more than 30 minutes) within 1 hour, at all times, and to Priority 2 incidents within 1 business day.

6.3 The Vendor shall report API availability and incident response times each month. Where a level in clause 6.1 or 6.2 is not met, the Vendor shall explain the cause in the monthly report and describe the steps taken to prevent a recurrence. No service credits or other payments apply to the service levels.

7. DATA QUALITY

7.1 The Data is compiled from terrestrial receivers, satellites, port authorities and weather models. The Vendor shall apply its documented quality controls but does not guarantee that every position or estimated arrival time is accurate.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Vendor shall use them only to deliver the Data and the integration services to the Customer and for no other purpose, including product development or sale to third parties.

8.2 The Vendor shall store Customer Inputs on servers in mainland China, encrypt them in transit and at rest, restrict access to named Vendor staff with multi-factor authentication, log all access, and delete Customer Inputs within 30 days after the end of this Agreement.

8.3 The Vendor shall notify the Customer within 8 hours after becoming aware of any unauthorised access to, loss of, or disclosure of Customer Inputs, shall take the measures needed to contain the incident, and shall be liable for the Customer's losses caused by an incident attributable to the Vendor.

9. INTELLECTUAL PROPERTY

9.1 The Vendor and its licensors own the Data and the API. The Customer receives only the rights in clause 2.

9.2 The Connectors belong to the Customer. The Customer may use, modify and license them to its group companies and contractors without restriction, also after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract the integration services or the operation of the API without the Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees.

11.2 The limit does not apply to breach of clause 8, to wilful misconduct or to personal injury.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees paid for the remainder of the current Subscription Year.

12.3 On expiry or termination the Customer shall stop using the API. Data already used in the Customer's voyage records may be kept for the Customer's own records.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

13A. ONBOARDING, SUPPORT AND CHANGES

13A.1 Each party shall name a technical contact and a commercial contact within 5 days after signature. The Vendor shall hold a kick-off meeting with the Customer's voyage-planning and IT teams within 10 days after signature and agree the integration plan.

13A.2 The Vendor shall give the Customer at least 60 days' notice of any change to the API that is not backward compatible, shall keep the previous API version running for the notice period and, where the change requires changes to the Connectors, shall update the Connectors without charge.

13A.4 The Vendor shall provide telephone and email support in English and Chinese for questions on the use of the API and the Data, and shall give the Customer's developers access to a test environment with sample data throughout the Subscription Term.

13A.3 The Customer may add or remove vessels on its watch list at any time through the portal or the API. The Vendor shall publish release notes for each new version of the API and keep the API documentation up to date.

14. GENERAL

14.1 This Agreement, with the API documentation, is the entire agreement of the parties on its subject. Changes must be made in writing and signed by both parties.

14.2 Notices shall be sent to the addresses stated above or to the email addresses the parties name in writing.

SIGNED for the Vendor: ____________________    SIGNED for the Customer: ____________________
""")

# ---- labels: (category, terms, extra, design rules, tco fee base or None, forum outside mainland) ----
K = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
L = {
 #       avail  p1    rem    ip        dsec   own    conf   ld     cap   pre   acc   final  war  fee  auto   term   sub    law        kind
 "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2088000), [], 1260000, False),
 "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.07, None, 10, True, True, 18, 26, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1570000),
         ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], 1360000, False),
 "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=778000),
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None, False),
 "z04": ("services", [None, 8, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=690000),
         ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"], None, False),
 "z05": ("software", [None, 2, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, False, None, None, G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=1038000),
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-TERMINATION", "CR-WARRANTY"], 520000, False),
 "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Denmark", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1680000),
         ["CR-GOVERNING-LAW"], 1180000, True),
 "e02": ("cloud", [None, None, False, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, False, True, True, "PRC", S],
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=696000),
         ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], None, False),
 "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1615000),
         [], 1451600, False),
 "e04": ("services", [99.95, 0.5, True, "buyer", False, True, True, 1800 / 2212000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2212000),
         ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], None, False),
 "e05": ("cloud", [99.95, 1, False, "buyer", True, True, False, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=618000),
         ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], None, False),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_out):
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, base)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---- threshold scan ----
THRESH = re.compile(
    r"(?<![\d.])99\.9(?!\d)|(?<![\d.])0?\.05(?!\d)|万分之五(?![十百])|"
    r"(?<![\d.])(?:4|４)[\s-]*(?:小时|个小时|hours?|hrs?|h\b)|(?<![a-z])four[\s-]*(?:\(4\)\s*)?hours?|(?<![一二三五六七八九十])四(?:个)?小时|"
    r"(?<![\d.])(?:100|30|40|15)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)|百分之(?:一百|三十|四十|十五)(?![一二三四五六七八九])|"
    r"(?<![\d.])12\s*(?:个月|-?\s*months?)|(?<![a-z])twelve[\s-]*(?:\(12\)\s*)?months?|十二个月",
    re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4-hour", "四小时", "0.05%", "万分之五", "30%", "30 %", "40%",
            "15%", "100%", "百分之三十", "12个月", "12 months", "12-month", "twelve months", "十二个月", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "0.5%", "35%", "45%", "150%", "115%", "3%", "5%", "120%",
             "二十四个月", "18 months", "112 months", "14小时", "百分之三十五", "0.08%", "1.5%"]
for s_ in MUST_HIT:
    assert THRESH.search(s_) or THRESH.search(s_.replace(" ", "")), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESH.search(s_), ("must miss", s_)


def read_back(name, kind):
    p = OUT / name
    if kind == "docx":
        from docx import Document
        d = Document(str(p))
        parts = [x.text for x in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, kind, text) in SRC.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in SRC.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in SRC.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    fired = set()
    for key, (name, kind, text) in SRC.items():
        cat, vals, extra, design, base, forum_out = L[key]
        terms = dict(zip(K, vals))
        got = derive(terms, extra, base, forum_out)
        assert got == sorted(design), (key, got, design)
        fired |= set(got)
        # no label value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] != 0.05 and terms["liability_cap_pct"] != 100
        assert terms["prepayment_pct"] != 30 and terms["warranty_months"] != 12 and terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, extra, base) if terms["contract_kind"] == G else None
        if share is not None:
            assert not 38 <= share <= 42, (key, share)
        # lengths and threshold scan on the file as read back
        back = read_back(name, kind)
        for variant in (back, re.sub(r"\s+", " ", back), re.sub(r"\s+", "", back)):
            m = THRESH.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if key.startswith("z"):
            n = len(re.sub(r"\s", "", back))
            print(key, "chars", n, "tco %.1f" % share if share is not None else "")
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(back.split())
            print(key, "words", n, "tco %.1f" % share if share is not None else "")
            assert 1450 <= n <= 1650, (key, n)
        risk = "high" if set(got) & SEV_HIGH else ("medium" if set(got) - LOW else ("low" if got else "low"))
        label = {"file": name, "language": "zh" if key.startswith("z") else "en", "category": cat,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": got}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(key, risk, got)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    nz = sum(1 for k in L if not L[k][3])
    assert nz == 2
    print("all checks passed")
