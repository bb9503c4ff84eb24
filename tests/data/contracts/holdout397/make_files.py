"""holdout397: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes the ten contracts and their .json labels into this folder, reads every built file back, checks lengths,
scans for threshold figures, derives the expected rules from the labels by policy.md and asserts the mix.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H397Z01 = """
T:宁川市妇女联合会妇女儿童维权服务平台建设项目政府采购合同
P:合同编号：NCFL-ZC-2025-017　　项目编号：NCZC2025-GK-0862　　采购方式：公开招标
P:甲方（采购人）：宁川市妇女联合会　　地址：宁川市建设路88号
P:乙方（中标供应商）：杭州知微信息技术有限公司　　地址：杭州市西湖区文三路477号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就宁川市妇女儿童维权服务平台（以下简称“平台”）的建设订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方建设平台，内容包括：12338热线工单受理、线上求助登记、个案分级转介、法律援助及心理咨询预约、反家暴告诫书与人身安全保护令跟踪、妇儿维权数据统计分析、移动端（微信小程序）以及与市“12345”热线、市公安局、市法院协作平台的数据接口。
P:1.2 合同总价为人民币壹佰壹拾陆万伍仟元整（¥1,165,000.00），为固定总价，包含软件、开发、部署、培训、税费及质保期内的全部服务费用，分项如下：
TB:序号|项目|数量|金额（元）
TB:1|维权服务基础平台软件许可（永久，不限用户数）|1套|420,000
TB:2|定制开发（工单、转介、跟踪、统计及小程序）|1项|586,000
TB:3|与12345、公安、法院协作平台接口开发|3个|94,000
TB:4|部署实施及等保测评配合|1项|37,000
TB:5|培训（市、区、街道三级共180人次）|1项|28,000
TB:合计|||1,165,000
P:1.3 除本合同另有约定外，甲方无须就本项目向乙方支付任何其他费用。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%，即¥233,000，作为预付款。
P:2.2 平台初验合格后15个工作日内，甲方支付合同总价的45%，即¥524,250。
P:2.3 平台终验合格并办理资产移交后15个工作日内，甲方支付合同总价的35%，即¥407,750。
P:2.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付系统付款。
H:第三条 进度与交付
P:3.1 乙方应于合同签订之日起90日内完成平台部署并提交初验申请，于初验合格后进入60日试运行。
P:3.2 平台部署于甲方指定的宁川市政务云，乙方不得将平台或其数据部署在其他环境。
P:3.3 乙方交付物包括：平台软件及安装介质、定制开发源代码及编译说明、接口文档、数据库设计文档、用户手册、运维手册及培训记录。
H:第四条 验收
P:4.1 初验标准：（1）招标文件功能清单逐项测试通过；（2）三个协作平台接口连续7日数据交换无差错；（3）在500并发用户条件下页面响应不超过3秒；（4）第三方测评机构出具的等级保护二级测评报告无高风险问题。
P:4.2 终验标准：试运行60日内未发生一级故障，初验遗留问题全部整改完毕，交付物齐全，并经甲方组织的专家组评审通过。
P:4.3 平台上线运行、甲方使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新申请验收。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及每季度一次的巡检服务。
P:5.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过本合同软件许可费的10%，即每年不超过¥42,000；该价格在质保期满后三个维护年度内不上调，维护合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或求助登记无法提交）30分钟内响应、2小时内到场、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内解决；三级故障（一般问题）在下一工作日内解决。
P:6.3 乙方未按时响应或恢复的，每迟延一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥1,500，扣减款从应付款或履约保证金中扣除。
H:第七条 数据安全与个人信息保护
P:7.1 平台中的求助人信息、个案记录、工单、统计数据及日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:7.2 乙方应按照《数据安全法》《个人信息保护法》及网络安全等级保护要求落实访问控制、敏感字段加密、操作审计和最小授权；乙方人员远程维护须经甲方审批并通过堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政处罚与处置费用。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方工作秘密、求助人隐私和案件信息负有保密义务，不得向任何第三方披露；保密义务不因合同终止而解除。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第九条 知识产权
P:9.1 本项目定制开发的程序、接口及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:9.2 基础平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证交付物不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率承担逾期利息。
H:第十一条 分包
P:11.1 本项目不得分包或转包。乙方擅自分包的，甲方有权解除合同并要求乙方赔偿损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:12.2 合同解除后，乙方应在10日内移交全部数据和已完成的交付物，并协助甲方完成迁移。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：宁川市妇女联合会　　　　乙方（盖章）：杭州知微信息技术有限公司
P:授权代表：______　　　　授权代表：______
P:日期：2025年　月　日　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H397Z02 = """
T:造型浇注线控制系统改造合同
P:合同编号：HXZZ-JS-2025-031
P:甲方：河北恒鑫铸造有限公司（以下简称“甲方”）
P:乙方：保定启衡自动化工程有限公司（以下简称“乙方”）
P:鉴于甲方二号车间静压造型浇注线原控制系统运行已逾十年，备件停产、故障频发，甲方经邀请招标选定乙方承担该线控制系统改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）更换造型机、合箱机、浇注机及冷却输送线的PLC控制柜，增设伺服驱动和位置检测；新建浇注工位温度、砂型硬度在线检测；部署车间级SCADA监控及工业交换网络。
P:（二）编制电气图纸、PLC程序及HMI画面，完成与甲方现有MES的数据对接，提供操作与维修培训。
P:（三）改造须在甲方安排的停产窗口（计划为2025年10月1日至10月9日）内完成切换，停线时间不得超过九日。
H:二、合同价款
P:（一）本合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），为固定总价，含设备、软件、运输、安装、调试、培训、税费等全部费用。明细如下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|6面|486,000
TB:2|伺服驱动器及电机|18套|312,000
TB:3|SCADA监控软件及HMI运行许可|1套（含8个客户端）|138,000
TB:4|工业以太网交换机|10台|64,000
TB:5|温度、硬度在线检测装置|12套|155,000
TB:|硬件及软件小计||1,155,000
TB:6|改造实施及调试|1项|236,000
TB:7|电气设计及图纸|1项|84,000
TB:8|培训|1项|25,000
TB:|合计||1,500,000
P:（二）除本合同另有约定外，甲方不再支付其他费用。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%（¥150,000）作为预付款。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的50%（¥750,000）。到货安装签收仅确认数量及外观，不构成验收。
P:（三）系统终验合格后15个工作日内，甲方支付合同总价的35%（¥525,000）。
P:（四）余款5%（¥75,000）作为质量保证金，质保期满且无未决质量问题后支付。
H:四、工期
P:（一）乙方应于合同生效之日起75日内完成设备到货，于停产窗口内完成切换并恢复生产。
P:（二）切换后乙方安排不少于两名工程师驻厂保产三十日。
P:（三）乙方应在合同生效后15日内提交详细设计，包括电气原理图、I/O点表、网络拓扑和控制逻辑说明，经甲方技术部审查确认后方可投料制造控制柜。控制柜出厂前，甲方有权派员到乙方工厂进行出厂检验。
P:（四）因甲方原因推迟停产窗口的，工期相应顺延，双方另行商定切换日期。
H:五、验收
P:（一）验收标准：1. 造型节拍达到每小时120型，连续72小时无停机故障；2. 浇注温度检测偏差不超过±5℃；3. 全部I/O点位逐点核对无误；4. SCADA数据刷新周期不超过2秒，与MES的数据对接准确率经核对无差错；5. 交付文件齐全。
P:（二）满足上述标准并经试生产三十日后，由甲方组织终验并签署终验报告。设备安装、通电或投入生产均不视为验收合格。
H:六、质量保证与售后服务
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内硬件损坏免费更换，软件缺陷免费修复。
P:（二）故障分级：一级故障（整线停机）乙方30分钟内远程响应，3小时内到达现场；二级故障（单机停机）2小时内响应，次日内修复；三级故障在一周内处理。
P:（三）乙方未按时响应或到场的，每迟延一小时向甲方支付¥2,000。
P:（四）质保期满后，乙方提供维保服务，年度维保费按硬件及软件小计的18%计取，即每年¥207,900，该费用在质保期满后的三个维保年度内固定不变。维保服务包括定期点检、备件更换、程序优化及电话与现场支持，维保合同另行签订。
H:七、数据与网络安全
P:（一）控制系统运行产生的工艺参数、产量数据、报警记录和配方均属甲方所有，乙方不得复制或用于本合同以外的目的。
P:（二）乙方应按工业控制系统安全要求配置网络隔离和访问控制，远程维护须经甲方批准并通过甲方提供的堡垒机进行，维护完成后立即断开。
P:（三）因乙方原因导致数据泄露、篡改或控制系统被入侵的，乙方应在2小时内通知甲方并负责处置，赔偿甲方全部损失。
H:八、保密
P:（一）乙方对甲方的工艺参数、图纸、产品配方及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后三年内继续有效。
H:九、知识产权
P:（一）本项目编制的PLC程序、HMI画面、接口程序及其源代码和电气图纸归甲方所有，甲方可自行修改使用。
P:（二）SCADA软件的著作权归其权利人所有，甲方取得永久使用许可。
H:十、违约责任
P:（一）乙方逾期到货或逾期完成切换的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因乙方原因导致停线超过约定停产窗口的，乙方除支付违约金外，还应赔偿甲方的停产损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:十一、分包
P:（一）乙方可将现场电气安装、桥架及布线工作交由具备资质的第三方施工，但应在进场前5日书面告知甲方，乙方对第三方的工作质量和安全承担责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）一方因不可抗力不能履行的，应及时通知对方并提供证明。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）争议协商不成的，提交保定仲裁委员会仲裁。
H:十四、安全与现场管理
P:（一）乙方人员进入甲方车间须遵守甲方安全生产管理制度，接受入厂安全教育，正确佩戴劳保用品。浇注区、熔化区等高温区域作业须办理动火或高处作业许可。
P:（二）乙方应为其现场人员办理工伤保险或意外伤害保险。因乙方人员违章作业造成人身伤害或设备损坏的，由乙方承担责任。
P:（三）乙方应在停产窗口开始前提交切换方案、回退方案和人员分工表，经甲方设备部和生产部共同确认后方可实施。切换期间每日18时前向甲方报告进度。
P:（四）拆除的旧控制柜、电缆及元器件归甲方所有，乙方应按甲方指定地点码放，不得自行处置。
H:十五、不可抗力与通知
P:（一）因地震、洪水、火灾、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延。
P:（二）本合同项下的通知以书面形式送达双方在本合同首页载明的地址或指定联系人，电子邮件发出即视为送达。
P:（三）双方项目负责人：甲方为设备部部长，乙方为项目经理；任何一方更换项目负责人应提前书面通知对方。
H:十六、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、停产切换方案。
P:甲方（盖章）：河北恒鑫铸造有限公司　　乙方（盖章）：保定启衡自动化工程有限公司
P:代表签字：________　　代表签字：________　　日期：2025年8月　日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H397Z03 = """彩虹桥少儿美术连锁门店排课及作品档案管理系统
软件即服务（SaaS）订阅及实施合同

合同编号：CHQ-IT-2025-009

甲方：成都彩虹桥文化艺术培训有限公司（连同其45家直营门店）
乙方：成都墨点云科技有限公司

甲方在成都、绵阳、德阳共经营45家少儿美术直营门店，现需统一的排课、考勤、课时消耗及学员作品档案管理系统。乙方拥有“墨点教务云”平台。经双方协商，就平台订阅及实施事宜订立本合同。

第一条 服务内容
（1）乙方向甲方45家门店提供“墨点教务云”平台的订阅服务，包括：课程排期与教室、老师冲突检测；学员考勤与课时扣减；家长端小程序（约课、请假、作品查看）；学员作品拍照上传、按学期归档及作品集导出；门店经营报表。
（2）乙方负责实施服务：历史学员及课时数据迁移（约2.6万名学员）、45家门店的组织架构和课程体系配置、定制总部经营驾驶舱6张报表、对接甲方现有收银系统，以及对店长和教务人员的培训。
（3）订阅期为三个服务年度，自平台上线验收合格之日起算。
（4）平台应支持门店店长、教务、老师、总部管理员和家长五类角色，权限按门店隔离；总部可查看全部门店数据，门店之间数据互不可见。
（5）作品档案每位学员不少于2GB存储空间，作品图片保留期限与订阅期一致；甲方可随时批量导出作品原图及作品集PDF。

第二条 费用
（1）订阅费：每家门店每服务年度¥3,600，45家门店每服务年度合计¥162,000，三个服务年度合计¥486,000。
（2）实施费：¥58,000（含数据迁移¥22,000、配置及驾驶舱报表¥26,000、收银对接及培训¥10,000）。
（3）合同总价：¥544,000。上述费用含税，甲方不再支付其他费用。新增门店按每店每服务年度¥3,600另行结算，不计入本合同总价。

第三条 付款
（1）本合同不设预付款。
（2）实施费在上线验收合格后15个工作日内一次性支付。
（3）订阅费按季度结算，每季度结束后15个工作日内，甲方凭乙方发票支付当季订阅费¥40,500。
（4）乙方未达到第六条服务水平的，甲方可从当季订阅费中直接扣减服务抵扣金。

第四条 实施与上线
（1）乙方应在合同签订后45日内完成数据迁移和配置，并提交上线验收申请。
（2）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金¥500。

（3）甲方应在合同签订后10日内提供各门店学员名册、课时余额、课程体系及老师排班表，并指定总部教务负责人配合实施。

第五条 上线验收
（1）验收标准：①迁移学员、课时余额与甲方原系统逐条核对一致；②排课冲突检测对教室、老师双重冲突全部拦截；③单张作品图片上传（5MB以内）不超过10秒；④驾驶舱报表数据与抽查门店的手工账一致；⑤收银对接连续5个营业日无差错。
（2）上述标准全部通过后，由甲方签署上线验收单。门店开始使用系统不视为验收合格。
（3）验收未通过的，乙方应在7日内整改并重新提交验收，整改期间延误的天数计入第四条的逾期天数。

第六条 服务水平
（1）平台月度可用率不低于99.95%。
（2）一级故障（排课、考勤或家长端整体不可用）30分钟内响应、3小时内恢复；二级故障2小时内响应、1个工作日内解决；一般问题3个工作日内答复。
（3）月度可用率低于承诺值的，每低0.1个百分点，按当月订阅费的5%抵扣；一级故障恢复每超时一小时，抵扣当月订阅费的2%。当月抵扣累计不超过当月订阅费。

第七条 数据归属与使用
（1）甲方在平台中录入或产生的学员信息、家长联系方式、考勤记录及作品图片，均属于甲方所有。
（2）甲方同意，乙方可以将去除姓名、联系方式后的学员作品图片及排课数据用于其绘画评价模型的训练、产品改进及行业研究报告，该使用在合同期内及合同终止后均可进行。
（3）合同终止后30日内，乙方应向甲方完整导出数据并删除平台中的甲方数据（前款已去标识化的数据除外）。

第八条 数据安全
（1）乙方应将平台部署在中国境内，通过网络安全等级保护三级测评，对学员及家长个人信息加密存储，实行权限分级和操作日志留存。
（2）乙方应特别保护未成年人个人信息，未经监护人同意不得对外展示学员作品。
（3）发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任及由此产生的监管处罚。

第九条 保密
（1）双方对在合作中获得的对方商业信息、价格及经营数据负有保密义务，未经对方书面同意不得披露；保密义务在合同终止后三年内有效。

第十条 知识产权
（1）“墨点教务云”平台的知识产权归乙方所有。
（2）为甲方定制的驾驶舱报表、课程体系配置及收银对接程序，其知识产权归甲方所有，甲方可自行或委托他人修改、使用。

第十一条 续期
（1）订阅期届满前30日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，续期次数不限。
（2）每次续期时，乙方有权上调门店订阅单价，上调幅度不超过上一服务年度单价的8%，乙方以书面通知方式告知甲方即可。

第十一条之一 费用调整的限制
（1）订阅期内（三个服务年度）门店订阅单价固定不变，乙方不得以任何理由调价。新增功能模块如需收费，须经甲方书面确认。

第十二条 分包
（1）未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。云资源采购不属于分包。

第十三条 违约及解除
（1）乙方严重违约（包括连续两个月可用率低于承诺值或发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权解除合同，订阅费按实际服务天数结算。
（2）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全事件及侵犯知识产权的责任不受此限。

第十四条 培训与客户成功
（1）乙方在上线前为甲方组织三场集中培训（总部、绵阳、德阳各一场），并为每家门店提供不少于一小时的远程操作培训；新开门店在开业前享有同样的培训。
（2）乙方指定一名客户成功经理作为甲方的固定联系人，每季度与甲方召开一次服务回顾会，通报可用率、故障处理情况和产品更新计划。
（3）平台功能升级不得降低本合同约定的功能范围；涉及家长端界面较大调整的，乙方应提前15日通知甲方，以便门店向家长说明。

第十五条 不可抗力
（1）因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明；不可抗力影响期间，双方互不承担违约责任，但乙方应尽力恢复服务并保障甲方数据完整。

第十六条 法律适用及争议
（1）本合同适用中华人民共和国法律。
（2）争议提交成都仲裁委员会仲裁。

第十七条 其他
（1）本合同附件包括：门店清单、功能清单、数据迁移方案、驾驶舱报表样式。附件与本合同具有同等效力。
（2）本合同自双方签章之日起生效，一式两份，双方各执一份。

甲方：成都彩虹桥文化艺术培训有限公司（盖章）
乙方：成都墨点云科技有限公司（盖章）
签署日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H397Z04 = """临江市体育中心场馆综合管理系统年度运维服务合同

项目名称：临江市体育中心场馆综合管理系统运维服务采购
采购方式：竞争性磋商（采购编号：LJCG-2025-CS-0147）
合同编号：LJTY-YW-2025-02

采购人（甲方）：临江市体育中心
供应商（乙方）：临江市数衡网络技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市体育中心场馆综合管理系统运维服务达成如下协议。

1. 服务范围
1.1 运维对象为甲方场馆综合管理系统，包括：场地预订与收费子系统、会员及一卡通子系统、闸机与人脸识别通道（共34通道）、灯光与空调能耗管理、赛事票务子系统、信息发布屏及配套服务器、存储、网络设备。
1.2 服务内容包括：日常巡检与监控、故障处理、系统补丁与版本维护、数据库维护与备份、大型赛事及活动期间的保障、备品备件更换、用户操作支持。
1.3 服务期自2025年7月1日起至2026年6月30日止（以下简称“本服务年度”）。
1.4 运维对象清单（含服务器18台、存储2套、交换机46台、防火墙2台及各子系统软件版本）以交接时双方签字确认的资产台账为准，服务期内新增设备纳入运维范围，不另行计费。
1.5 原厂软件的升级许可及原厂硬件的保修由甲方另行采购，乙方负责协调原厂并实施。

2. 服务费用
2.1 本合同总价为人民币肆拾叁万捌仟元整（¥438,000），为固定总价，明细如下：
（1）驻场运维人员2名，¥264,000；
（2）系统及软硬件运维服务，¥118,000；
（3）备品备件包干费，¥56,000。
2.2 合同总价已包含人工、交通、备件、工具、税费及大型赛事保障期间的加班费用，甲方不再另行支付。

3. 付款
3.1 本合同不设预付款。
3.2 服务费按季度支付。每季度结束后，甲方根据当季考核结果在15个工作日内支付当季服务费¥109,500，考核扣款从当季服务费中扣除。
3.3 乙方应在付款前开具增值税发票。

4. 进场与人员
4.1 乙方应在服务期开始前5日完成交接，服务期首日起驻场人员到岗。
4.2 乙方未按时完成交接或驻场人员未按时到岗的，每逾期一日按合同总价的千分之一向甲方支付违约金。
4.3 驻场人员应具备相应资质，更换人员须提前10日经甲方同意。
4.4 驻场时间为场馆开放日的8:00至22:00，两名驻场人员轮班，确保开放时间内始终有人在岗；夜间及闭馆日实行电话值班，接到一级故障报告后按5.2条时限处理。
4.5 乙方应设立项目经理，负责与甲方信息科对接，每周报告工作情况。

5. 服务水平
5.1 场馆综合管理系统（预订、会员、闸机、票务四个核心子系统）月度可用率不低于99.5%。
5.2 故障分级与时限：
（1）一级故障：核心子系统整体中断或闸机通道全部无法通行，15分钟内响应，1小时内到场，3小时内恢复；
（2）二级故障：单个子系统部分功能异常，30分钟内响应，8小时内恢复；
（3）三级故障：一般性问题，2个工作日内解决。
5.3 大型赛事及活动期间（由甲方提前7日通知），乙方应增派不少于2名工程师现场值守。
5.4 考核扣款：月度可用率每低于承诺值0.1个百分点，扣减当季服务费的1%；一级故障响应或恢复每超时30分钟扣减¥800；赛事保障期间发生一级故障的，每次另扣¥3,000。

6. 考核与验收
6.1 甲方每季度按磋商文件所附考核表对乙方进行考核，考核内容包括可用率、故障处理时限、巡检记录、备份恢复演练及用户满意度，考核结果作为付款依据。
6.2 服务期满前15日内，甲方组织服务期终验收，验收标准为：四个季度考核均达到80分以上；全部运维文档、配置台账、账号及密码清单完整移交；完成一次全量数据备份恢复演练并成功恢复。终验收合格后支付最后一个季度的服务费。

7. 数据安全
7.1 系统中的会员信息、人脸特征数据、预订及票务记录、收费数据均属甲方所有，乙方仅可为提供运维服务而访问，不得复制、导出或用于其他用途。
7.2 乙方应落实网络安全等级保护要求，使用甲方分配的个人账号并通过堡垒机操作，禁止使用共享账号；人脸特征数据只允许在甲方机房内处理。
7.3 发生数据泄露、丢失或系统被入侵的，乙方应在2小时内向甲方报告，并配合公安机关调查；因乙方原因造成的，乙方承担全部赔偿责任及相关处罚。

7.4 运维期满或合同解除时，乙方应注销其在系统中的全部账号，并将运维过程中形成的数据全部移交甲方，不得留存。

8. 知识产权
8.1 乙方在服务期内为甲方编写的运维脚本、巡检工具、配置文档及应急预案，其知识产权归甲方所有。
8.2 乙方保证其提供的工具软件不侵犯第三方权利。

9. 分包
9.1 乙方不得将本合同项下服务分包或转包给他人。
9.2 原厂工程师按乙方协调到场提供技术支持的，不视为分包，但乙方应事先告知甲方信息科并对其现场行为负责，原厂工程师的费用由乙方承担。

10. 合同解除
10.1 乙方连续两个季度考核低于70分，或发生严重违约经甲方书面通知后7日内未改正的，甲方有权解除合同。
10.2 合同解除时，乙方应完成交接，并赔偿给甲方造成的损失。

11. 续约
11.1 本合同期满自动终止。甲方如需续聘，应依法重新组织采购。

12. 人员与安全生产
12.1 乙方驻场人员应遵守甲方的考勤、门禁及场馆管理制度，统一着装，工作时间不得擅离岗位；大型赛事期间服从甲方赛事指挥部调度。
12.2 乙方应为驻场人员缴纳社会保险并购买意外伤害保险。乙方人员在作业中发生人身伤害的，由乙方负责处理。
12.3 乙方应建立运维工作日志，记录巡检、变更、故障处理及备份情况，每月5日前向甲方提交上月运维报告，报告内容包括可用率统计、故障清单、遗留问题和改进建议。
12.4 涉及系统重大变更（包括版本升级、数据库结构调整、网络策略调整）的，乙方应提前3个工作日提交变更方案，经甲方信息科批准后在非营业时段实施，并准备回退方案。

13. 不可抗力
13.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任。因赛事临时调整导致的工作量增加，不属于不可抗力，由乙方在合同价款内予以保障。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 争议由双方协商解决；协商不成的，向临江市人民法院起诉。

15. 其他
15.1 竞争性磋商文件、响应文件、成交通知书及考核表为本合同组成部分。
15.2 本合同一式四份，甲乙双方各执两份，自双方签章之日起生效。

甲方（盖章）：临江市体育中心　　　　乙方（盖章）：临江市数衡网络技术有限公司
法定代表人或授权代表：　　　　　　法定代表人或授权代表：
日期：2025年6月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
H397Z05 = """# 智造云MES系统软件许可及定制开发合同

**（广州睿工智造软件有限公司标准合同文本 RG-MES-2024版）**

合同编号：RG-2025-0316

- 甲方（买方）：佛山市粤香源食品有限公司
- 乙方（卖方）：广州睿工智造软件有限公司

甲方主营鲜湿汤粉、米粉及调味料包的生产，拥有三条汤粉生产线和一条料包线。甲方拟采购乙方“智造云MES”系统并进行定制开发，实现生产计划、工单报工、配料称量、批次追溯、质检及设备管理的数字化。双方按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云MES系统V5.2软件许可（生产计划、工单报工、仓储、质量、设备、看板六个模块，40个并发用户），许可为永久许可，仅限甲方佛山工厂使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：汤粉配方与配料称量防错模块；批次追溯码与市场监管追溯平台对接；杀菌釜温度曲线采集；与甲方用友U8财务系统的接口。

1.3 乙方负责系统部署、基础数据初始化、上线辅导及操作培训。

1.4 系统功能以本合同附件《功能清单》为准。附件未列明的功能、报表和接口，不属于本合同范围，甲方需要的，双方另行签订补充协议。

1.5 软件以电子方式交付，乙方提供安装程序、许可文件和电子版用户手册，不提供纸质资料。

## 第二条 合同价款

2.1 合同总价为人民币玖拾捌万元整（¥980,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云MES V5.2 软件许可（永久，6个模块，40并发） | 680,000 |
| 2 | 定制开发（配料防错、追溯对接、杀菌曲线、U8接口） | 214,000 |
| 3 | 部署实施及培训 | 86,000 |
| | 合计 | 980,000 |

2.2 上述价格含增值税（税率6%和13%分别适用于服务和软件部分）。甲方需另行采购的服务器、扫码枪、电子秤、打印机等硬件不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥637,000。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥343,000。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方应在收到第3.1条款项后100日内完成部署和定制开发并安排上线。

4.2 系统在甲方生产环境上线运行，即视为甲方验收合格。甲方在上线后提出的修改意见，乙方视情况在后续版本中处理。

4.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。因甲方原因（包括硬件未到位、基础数据未提供）造成的延误，乙方不承担责任。

## 第五条 知识产权

5.1 智造云MES系统软件的著作权及其他知识产权归乙方所有。

5.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，其知识产权亦归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第六条 免费维护及技术支持

6.1 乙方提供免费维护期六个月，自系统上线运行之日起计算。免费维护期内，乙方负责修复软件缺陷。

6.2 乙方在工作日提供电话及远程技术支持，并将尽商业上合理的努力处理甲方提出的问题。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的26%计收，即每年¥176,800。年度维护服务包括缺陷修复、版本升级和远程支持；甲方未购买年度维护服务的，乙方不再提供任何升级及技术支持。

4.4 甲方应在项目启动后15日内提供物料编码、配方、工艺路线、设备台账等基础数据，并指定项目联系人配合乙方实施。甲方提供资料延误的，工期相应顺延。

4.5 乙方实施人员原则上以远程方式工作，必要时到甲方现场；现场实施期间的差旅费用已包含在部署实施费中。

## 第七条 数据

7.1 甲方在系统中录入和产生的生产、配方、质检及追溯数据归甲方所有，乙方不得用于本合同以外的目的。

7.2 系统部署在甲方本地服务器上。乙方实施及远程支持时应遵守甲方的网络安全管理规定，使用甲方开设的临时账号，不得拷贝甲方数据；因乙方原因造成甲方数据泄露、损毁的，乙方应立即通知甲方、采取补救措施，并承担相应的赔偿责任。

7.3 系统上线前，乙方应按甲方要求对服务器操作系统和数据库进行基础安全配置，关闭不必要的端口和服务，并向甲方移交管理员账号。

## 第八条 保密

8.1 双方对在合作过程中获知的对方技术资料、配方、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

8.2 乙方人员因履行本合同知悉的甲方生产工艺和产品配方，仅可用于本项目实施。

8.3 乙方可以在其宣传材料中将甲方列为客户案例，但不得披露甲方的具体生产数据。

## 第九条 责任限制

9.1 乙方在本合同项下的全部责任（包括违约金、赔偿金及其他责任）累计不超过合同总价的20%。

9.2 乙方对甲方的间接损失、停产损失、利润损失及产品召回损失不承担责任。

## 第十条 双方权利义务

10.1 甲方应按约定及时付款，提供实施所需的场地、网络及服务器环境，并组织相关人员参加培训。

10.2 乙方应按约定完成部署和开发，向甲方提供用户手册和操作培训。系统使用所需的第三方数据库、操作系统及中间件由甲方自行采购并承担费用。

10.3 甲方不得将软件转让、出租或提供给其关联公司及其他工厂使用；甲方新增工厂或并发用户的，应按乙方当时的报价另行购买许可。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经守约方书面通知后30日内未纠正的，守约方有权书面通知解除本合同。

11.2 甲方解除合同的，已支付的款项中对应软件许可的部分不予退还。

## 第十二条 不可抗力

12.1 因不可抗力导致不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：佛山市粤香源食品有限公司　　　　乙方（盖章）：广州睿工智造软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H397E01 = """
T:Software Licence and Services Agreement - Indigo Stencil Studio
P:Agreement No. NTL-2025-ISS-004
P:This Agreement is made on the date of the last signature below between:
P:(1) Nantong Lanyin Heritage Textile Workshop Co., Ltd., a company established in the People's Republic of China with its registered office at 16 Qingnian Road West, Chongchuan District, Nantong, Jiangsu (the "Buyer"); and
P:(2) Hill Country Pixel Works (Private) Limited, a company incorporated in Sri Lanka with its registered office at 42 Peradeniya Road, Kandy, Sri Lanka (the "Supplier").
P:Background. The Buyer produces hand-printed blue calico (lanyin huabu) using traditional oiled-paper stencils. It wishes to digitise its archive of about 3,200 historical stencil patterns, to design new stencils on screen and to drive its two plotter-cutters directly from the design files. The Supplier develops Indigo Stencil Studio, a pattern design application, and has offered perpetual licences and related services. At the Buyer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Indigo Stencil Studio version 6, the Cutter Driver Module and the documentation supplied with them.
P:1.2 "Custom Deliverables" means the digitised pattern library, the workshop-specific stencil templates, the bridge-and-tie checking rules and any scripts or data converters written by the Supplier for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use twelve (12) seats of Indigo Stencil Studio and one (1) Cutter Driver Module at the Buyer's premises in Nantong, for the Buyer's own business.
P:2.2 The Supplier shall scan, vectorise and clean up the Buyer's 3,200 historical stencil patterns, classify them by motif, period and cloth width, and load them into a searchable pattern library in the Software.
P:2.3 The Supplier shall configure stencil templates for the Buyer's four standard cloth widths, implement the Buyer's rules for checking bridges and ties so that no cut stencil falls apart, and connect the Cutter Driver Module to the Buyer's two plotter-cutters.
P:2.4 The Supplier shall install the Software on the Buyer's workstations and file server, and train the Buyer's designers and cutter operators (at least 16 persons, three days on site in Nantong).
H:Article 3 Price
P:3.1 The Contract Price is CNY 700,000, fixed, inclusive of all taxes, travel and expenses, itemised as follows:
TB:Item 1|Indigo Stencil Studio v6 perpetual seat licence|12 seats x CNY 38,500|CNY 462,000
TB:Item 2|Cutter Driver Module perpetual licence|1|CNY 56,000
TB:Licence Subtotal|||CNY 518,000
TB:Item 3|Pattern library digitisation (3,200 patterns)|lump sum|CNY 146,000
TB:Item 4|Installation, configuration and training|lump sum|CNY 36,000
TB:Contract Price|||CNY 700,000
P:3.2 No other charge is payable unless agreed in a written amendment signed by both parties.
H:Article 4 Payment
P:4.1 Twenty per cent (20%) of the Contract Price, CNY 140,000, within 20 days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until installation.
P:4.2 Forty-five per cent (45%), CNY 315,000, within 20 days after the Supplier has installed the Software and delivered the first 1,000 digitised patterns, confirmed by an installation certificate. The installation certificate records delivery only and is not acceptance.
P:4.3 Thirty-five per cent (35%), CNY 245,000, within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation within 45 days and deliver the full pattern library within 120 days after signature.
P:5.2 Acceptance criteria: (a) all 3,200 patterns are in the library, each with its motif, period and width tags, and a random sample of 5 per cent checked by the Buyer's master printer matches the original stencil outline within 0.3 mm; (b) the bridge-and-tie check flags every test stencil prepared by the Buyer with a known defect; (c) each plotter-cutter cuts a full-width stencil from a library file without manual correction; (d) the Software runs for 20 consecutive working days without a Severity 1 fault; (e) the documentation and training records are delivered.
P:5.3 When the criteria are met the Buyer shall issue a Final Acceptance certificate within ten working days, or state in writing which criteria are not met. Installation, use of the Software in production, or any payment is not acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the documentation and the acceptance criteria for twenty-four (24) months after Final Acceptance. During this period the Supplier shall correct defects, supply new versions of the Software and correct errors in the pattern library free of charge.
P:6.2 Support levels during the warranty period: Severity 1 (the Software or the Cutter Driver Module cannot be used, so that stencil cutting stops) - response within 2 hours during the Buyer's working hours and a workaround within one working day; Severity 2 (a function fails but work can continue) - response within 8 working hours; Severity 3 - next new version.
P:6.3 For each hour by which the Supplier misses a Severity 1 response time, the Supplier shall credit CNY 300 against the next payment or pay that amount to the Buyer.
H:Article 7 Annual Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support covering defect correction, new versions and remote assistance. The annual support fee is twelve per cent (12%) of the Licence Subtotal, i.e. CNY 62,160 per year, and this fee is fixed for the first three years after the warranty period. Any later change must be agreed in writing.
P:7.2 Annual support is ordered by written purchase order for each support year. It does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All rights in the Custom Deliverables, including the digitised patterns, which reproduce the Buyer's own heritage designs, vest in the Buyer on creation. The Buyer may use, modify, license and publish them freely. The Supplier shall deliver all source files and converters.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Software infringes a third party's rights.
H:Article 9 Buyer Data and Security
P:9.1 The Buyer's pattern files, images, designs and production data are Buyer Data. Buyer Data belongs to the Buyer, and the Supplier may use it only to perform this Agreement.
P:9.2 The Supplier shall digitise the stencils at the Buyer's premises or, where work must be done in Kandy, hold Buyer Data only on encrypted storage with access limited to named staff, keep access logs, and return and securely delete all copies within 30 days after Final Acceptance, certifying the deletion in writing.
P:9.3 The Supplier shall notify the Buyer within 24 hours after becoming aware of any loss of, or unauthorised access to, Buyer Data, take all steps needed to contain it, and is liable for the Buyer's losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other, including the Buyer's unpublished designs and customer lists, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to complete installation or deliver the full pattern library by the dates in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, breach of Article 9 or Article 10, or the indemnity in Article 8.3.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent, and remains responsible for any subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 On termination by the Buyer, the Supplier shall deliver all completed Custom Deliverables and refund payments for undelivered work.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Democratic Socialist Republic of Sri Lanka.
P:14.2 Any dispute shall be finally settled by arbitration in Colombo, Sri Lanka, under the Arbitration Act No. 11 of 1995, by a sole arbitrator. The language of the arbitration is English.
H:Article 15 General
P:15.1 Each party shall name a project manager. The project managers meet by video call every two weeks until Final Acceptance and keep short written minutes of decisions, open issues and the next steps.
P:15.2 This Agreement is the entire agreement between the parties. It is signed in English in two originals, one for each party.
P:Signed for the Buyer: ____________________ Name / Title / Date
P:Signed for the Supplier: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H397E02 = """# ORDER FORM - TrailSeat Booking Cloud

**Order Form No. TS-CN-2025-0088, incorporating the TrailSeat General Terms (Part B)**

## Part A - Order Form

### A1. Parties

| | |
|---|---|
| Vendor | TrailSeat Technologies Sdn. Bhd., Level 9, Bayan Lepas Technoplex, 11900 Bayan Lepas, Penang, Malaysia |
| Customer | Tai'an Starlight Summit Shuttle Co., Ltd., 218 Hongmen Road, Taishan District, Tai'an, Shandong, PRC |
| Customer contact | Operations Manager, night-climb shuttle services |

### A2. Background

The Customer runs shuttle buses between Tai'an railway station, the Hongmen and Tianwaicun trailheads and the Zhongtianmen transfer point for visitors who climb Mount Tai at night to see the sunrise. Between April and October it carries up to 6,500 passengers on a peak night. The Customer wishes to replace phone and WeChat group bookings with online seat reservations, QR-code boarding, driver manifests and real-time departure boards. The Vendor provides TrailSeat Booking Cloud, a multi-tenant booking service for tour and shuttle operators.

### A3. Subscription

- Service: TrailSeat Booking Cloud, Operator Edition, with the WeChat mini-program channel, QR boarding app for up to 40 driver handsets, dispatcher console and departure-board feed.
- Subscription Term: three Subscription Years starting on the Go-Live Date. A "Subscription Year" is each successive period from the Go-Live Date or its anniversary to the day before the next anniversary.
- Included volume: up to 900,000 confirmed seat bookings per Subscription Year.

### A4. Fees

At the Customer's request all fees are quoted and payable in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | CNY 228,000 per Subscription Year x 3 | 684,000 |
| Onboarding (route and fare set-up, mini-program branding, data import, training) | one-time | 42,000 |
| **Total Contract Value** | | **726,000** |
| Bookings above the included volume | CNY 0.12 per booking, billed quarterly in arrears | usage-based |

### A5. Invoicing and payment

1. The onboarding fee is invoiced after Go-Live Acceptance under A6.
2. Subscription fees are invoiced quarterly in arrears at CNY 57,000 per quarter.
3. Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

### A6. Onboarding and Go-Live Acceptance

1. The Vendor will use reasonable endeavours to make the Service available for go-live by 15 March 2026, before the spring climbing season. The target date is an estimate, and the Vendor has no liability for missing it.
2. Go-Live Acceptance tests, run jointly on the production tenant: (a) every route, timetable and fare in the Customer's schedule is bookable in the mini-program; (b) 2,000 simulated bookings placed within ten minutes are confirmed without double-selling a seat; (c) QR codes scan and board on every handset model issued to drivers; (d) manifests reconcile with confirmed bookings for three pilot nights; (e) WeChat Pay refunds of cancelled trips reach the test accounts.
3. When all tests pass the Customer signs a Go-Live Acceptance certificate. Use of the Service during the pilot nights is not acceptance.

### A7. Special terms

1. Seasonal capacity. The Customer expects its peak nights around the May Day and National Day holidays and during the summer school holidays. The Vendor will scale the Customer's tenant for those periods without extra charge and will not schedule releases of the booking engine in the week before either holiday.
2. Passenger communication. The Service sends booking confirmations, boarding reminders and weather cancellation notices by WeChat service messages and SMS. SMS costs are included in the subscription fee up to 300,000 messages per Subscription Year.
3. Training. Onboarding includes two training sessions in Tai'an for dispatchers and station staff and a recorded video course for drivers. The Vendor will provide a Chinese-language user guide for every role.
4. Reporting. The dispatcher console shows bookings, no-shows, seat occupancy per departure and revenue per route, and the Customer can export all reports to Excel at any time.
5. Contacts. The Vendor names a customer success manager who speaks Mandarin and holds a monthly call with the Customer's operations manager during the climbing season.

Signed for the Vendor: ____________________  Signed for the Customer: ____________________

Date: ____________  Date: ____________

## Part B - TrailSeat General Terms (version 2025-02)

### B1. Definitions

1. "Service" means the subscription service described in the Order Form.
2. "Customer Data" means passenger names, mobile numbers, identity document numbers where collected for safety records, bookings, payments and trip records entered into or generated by the Service for the Customer.
3. "Customer Configurations" means the routes, fares, timetables, mini-program pages, templates and reports set up for the Customer.

### B2. Service Levels

1. Availability. The Vendor will make the booking engine and mini-program channel available at least 99.5% of each calendar month, measured by the Vendor's monitoring and excluding scheduled maintenance announced 48 hours in advance. Scheduled maintenance will not be carried out between 18:00 and 06:00 China Standard Time from April to October.
2. Support. Priority 1 incidents (bookings cannot be made or QR boarding fails for all drivers) receive a first response within 1 hour at any time of day, and the Vendor works on them continuously until a workaround is in place. Priority 2 incidents receive a response within 8 hours; Priority 3 requests within two business days.
3. Reports. The Vendor will publish a monthly availability report in the dispatcher console.
4. Nature of the service levels. The service levels in this B2 are targets. The Vendor gives no service credits, refunds, fee reductions or other compensation for missing them, and missing them is not in itself a breach of this Agreement.

### B3. Customer Data

1. Customer Data belongs to the Customer. The Vendor processes it only on the Customer's instructions and only to provide the Service, and does not use it for any other purpose.
2. The Vendor hosts the Customer's tenant on Alibaba Cloud in the Beijing region. The tenant holds a Multi-Level Protection Scheme level-3 filing. Customer Data is encrypted in transit and at rest, identity numbers are masked in all screens, and administrative access requires multi-factor authentication and is logged.
3. The Vendor will notify the Customer within 24 hours after it becomes aware of a personal-information security incident affecting Customer Data, assist the Customer in notifying the authorities and passengers, and bear the costs and losses caused to the Customer by an incident resulting from the Vendor's failure to comply with this B3.
4. Within 30 days after the end of the Subscription Term the Vendor will return all Customer Data in CSV format and then delete it.

### B4. Intellectual Property

1. The Vendor owns the Service and the underlying software.
2. Customer Configurations are the property of the Customer. The Customer may use, copy, modify and pass them to any successor provider without restriction.

### B5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation lasts for three years after the Subscription Term ends.

### B6. Subcontracting

The Vendor will not subcontract the Service, or appoint a sub-processor of Customer Data, without the Customer's prior written consent. Alibaba Cloud is approved by signature of the Order Form.

### B7. Term and Renewal

1. The Agreement runs for the Subscription Term and then ends. Any further subscription requires a new Order Form signed by both parties.

### B8. Termination

1. Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice.
2. On termination the Customer pays for the Service up to the termination date only.

### B9. Liability

1. Each party's total liability under or in connection with the Agreement is limited to one and a half times the Total Contract Value.
2. The limit does not apply to breach of B3 or B5, to personal injury or to fraud.
3. Neither party is liable for loss of profit or indirect loss.

### B10. Governing Law and Disputes

1. The Agreement is governed by the laws of the People's Republic of China.
2. Disputes shall be referred to the Tai'an Arbitration Commission for arbitration in Tai'an, Shandong.

### B11. General

1. If Part A and Part B conflict, Part A prevails.
2. Notices are given in writing to the addresses in A1.
3. Neither party may assign the Agreement without the other party's prior written consent.
4. Neither party is liable for delay caused by events beyond its reasonable control, such as severe weather closures of the mountain ordered by the authorities, provided it informs the other party promptly.
5. The Vendor will comply with the PRC rules on online ticketing and real-name registration that apply to the Customer's shuttle services, and will change the Service at its own cost where a new rule requires it during the Subscription Term.
6. The Vendor will give the Customer at least 30 days' notice of any change to the Service that removes a function the Customer uses, and will not make such a change between April and October.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H397E03 = """
T:Supply and Installation Contract - Drying-Shed Sensor and Fan Control System
P:Contract No. WNPF-2025-EQ-012
P:Buyer: Wanning Xinglong Pepper Farm Co., Ltd., Xinglong Town, Wanning City, Hainan Province, People's Republic of China.
P:Supplier: Surma Valley Agritech Systems Ltd., House 27, Road 3, Shahjalal Upashahar, Sylhet, Bangladesh.
P:Whereas the Buyer dries fresh-picked white and black pepper in six drying sheds and has lost product to mould after humid nights, and whereas the Supplier has offered to supply and install a sensor and ventilation control system, the parties agree as follows. This contract is on the Buyer's standard terms. At the Buyer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission in the Buyer's six drying sheds: 36 combined temperature and humidity sensors, 6 LoRa gateways, 6 fan and vent controllers, and a monitoring software licence with a web dashboard and SMS alarms.
P:1.2 The Supplier shall configure drying profiles for white and black pepper, set alarm thresholds agreed with the Buyer's drying foreman, and connect the system to the Buyer's office computer and to the phones of six shed supervisors.
P:1.3 The Supplier shall train the Buyer's drying foreman, shed supervisors and electrician (at least ten persons, two days on site).
P:1.4 All equipment shall be new, suitable for installation in hot and humid sheds near the coast, rated for continuous operation at ambient temperatures up to 50 °C and protected against salt mist. Cables shall be run in conduit out of reach of forklifts and pepper trays.
P:1.5 The Supplier shall provide a Chinese-language operating manual, a wiring diagram for each shed and a spare-parts list with prices valid during the warranty period.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 352,000, fixed and inclusive of transport, import duties, installation, travel, training and all taxes. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity sensor, IP67|36|2,850|102,600
TB:2|LoRa gateway with 4G backhaul|6|9,400|56,400
TB:3|Fan and vent controller|6|12,800|76,800
TB:4|Monitoring software licence, perpetual, 10 users|1|48,000|48,000
TB:|Equipment and Licence Subtotal|||283,800
TB:5|Installation, cabling and commissioning|lump sum||41,600
TB:6|Drying-profile configuration, dashboard and training|lump sum||26,600
TB:|Contract Price|||352,000
P:2.2 The Buyer pays nothing beyond the Contract Price except as agreed in a signed variation.
H:Section 3 Payment
P:3.1 An advance of 12% of the Contract Price, CNY 42,240, is paid within 15 days after signature against the Supplier's invoice.
P:3.2 50% of the Contract Price, CNY 176,000, is paid within 15 days after all equipment has been delivered to the farm and installed, as recorded in a delivery and installation note signed by both parties. That note confirms quantities and condition only and is not acceptance.
P:3.3 The balance of 38%, CNY 133,760, is paid within 15 days after Final Acceptance under Section 5.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm within 60 days after signature and complete installation and commissioning within 30 days after delivery, so that the system operates before the main harvest.
P:4.2 The Supplier bears the risk of the equipment until delivery and is responsible for customs clearance into China.
P:4.3 The Supplier shall agree the installation schedule with the farm manager so that no more than two drying sheds are out of use at the same time, and shall clean each shed after installation so that drying can restart the same day. Work in the sheds during the harvest weeks is allowed only at night or with the farm manager's approval.
H:Section 5 Acceptance
P:5.1 Acceptance tests, carried out with the Buyer during one full drying cycle of at least 10 days: (a) every sensor reports at least every five minutes and the readings agree with the Buyer's calibrated reference instrument within ±0.5 °C and ±3 % relative humidity; (b) fans and vents switch automatically according to the drying profile; (c) SMS alarms reach all six supervisors within two minutes of a threshold being crossed; (d) the system keeps working through a mains power cut of 30 minutes on the controller battery; (e) the dashboard keeps three months of history; (f) manuals in Chinese and training records are delivered.
P:5.2 When all tests have passed, the Buyer signs a Final Acceptance certificate. Installation, operation of the fans or use during harvest do not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for thirty-six (36) months from Final Acceptance. Faulty equipment is repaired or replaced free of charge, including parts, labour and shipping.
P:6.2 The Supplier keeps a stock of spare sensors and one spare controller at the farm during the warranty period.
P:6.3 Fault handling: a Severity 1 fault (a shed loses fan control or all sensors of a shed stop reporting during drying) receives a remote response within 1 hour and a technician or a replacement part on site within 24 hours; a Severity 2 fault receives a response within 8 hours and a fix within three days; other requests are answered within five working days.
P:6.4 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 200, and for each day by which an on-site fix is late, CNY 1,000. These amounts may be deducted from any payment due.
P:6.5 After the warranty the Buyer may buy annual support (remote support, software updates, calibration once a year) at 9% of the Equipment and Licence Subtotal, CNY 25,542 per year. This price is fixed for two years after the warranty ends. Support is ordered by the Buyer each year and does not renew automatically.
H:Section 7 Data
P:7.1 All readings, drying records, alarms and farm data recorded by the system belong to the Buyer. The Supplier may use them only to install and support the system and for no other purpose.
P:7.2 The software and its database run on the Buyer's own server at the farm. Remote access by the Supplier requires the Buyer's approval for each session, uses individual accounts and is logged. The Supplier shall keep passwords secure and shall not copy data out of the Buyer's systems.
P:7.3 The Supplier shall inform the Buyer within 24 hours of any data breach or unauthorised access it causes or discovers, take remedial action, and compensate the Buyer for losses resulting from its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Drying profiles, dashboard layouts, alarm settings and configuration files prepared for the Buyer belong to the Buyer, which may change and reuse them freely.
P:8.2 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's drying methods, yields, prices and customer information and shall not disclose them without the Buyer's prior written consent, during the contract and for three years after it.
H:Section 10 Delay Damages and Liability
P:10.1 If delivery or commissioning is late, the Supplier pays delay damages of 0.1% of the Contract Price for each day of delay, not exceeding 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract shall not exceed twice the Contract Price, except for personal injury, fraud and breach of Section 7 or Section 9.
H:Section 11 Subcontracting
P:11.1 The Supplier may not subcontract any work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach that is not remedied within 15 days after written notice, or if delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou, Hainan.
H:Section 14 Force Majeure and Notices
P:14.1 A party prevented from performing by typhoon, flood or other events beyond its reasonable control shall notify the other party promptly and is excused for the period of the event. The Supplier shall resume work as soon as the farm is accessible, and delivery dates are extended accordingly.
P:14.2 Notices shall be in writing and sent by email and courier to the addresses above. Each party names a project contact: for the Buyer, the farm manager; for the Supplier, its project engineer.
H:Section 15 General
P:15.1 The Supplier shall keep its staff on the farm insured and shall comply with the labour and work-safety laws of China. Electrical work shall be carried out by certified electricians.
P:15.2 Variations to the scope, such as adding sensors for a seventh shed, are priced at the unit prices in Section 2 and agreed in writing before the work starts.
P:15.3 The Buyer's site rules on hygiene and food safety apply to all Supplier staff entering the drying sheds. No glass, loose tools or packaging may be left in the sheds.
P:15.4 This contract is made in English and Chinese, both texts equally authentic, in two originals for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H397E04 = """# MANAGED NETWORK MONITORING SERVICES AGREEMENT

Agreement reference: PJC-NOC-2025-03

**Between**

**Zhejiang Pujiang Lumiere Crystal Glass Co., Ltd.**, Crystal Industrial Park, Pujiang County, Jinhua, Zhejiang, People's Republic of China ("Customer"); and

**Indus Signal Networks (Pvt.) Ltd.**, 5th Floor, Paris Road Business Centre, Sialkot, Punjab, Pakistan ("Provider").

**Recitals**

(A) The Customer makes crystal-glass chandelier parts, trophies and beads in three plants in Pujiang. Its cutting and polishing lines, kilns, warehouse scanners and office systems depend on a campus network of about 260 switches, 140 wireless access points, two internet links and a VPN to its Yiwu showroom.

(B) The Provider runs a network operations centre (NOC) and offers remote monitoring, alerting and first-line fault handling for enterprise networks.

(C) At the Customer's request all charges under this Agreement are stated and paid in Chinese Yuan (CNY).

The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed monitoring services in clause 3 and Schedule 1.

1.2 "Monitored Devices" means the network devices listed in the inventory agreed at onboarding, initially about 410 devices.

1.3 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance certificate under clause 5.

1.4 "Customer Data" means device configurations, network diagrams, logs, flow records, passwords and any other information of the Customer collected or handled by the Provider in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues for 24 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. It is not renewed automatically; any extension requires a written amendment signed by both parties.

## 3. Services

3.1 The Provider shall monitor the availability, performance and error counters of every Monitored Device around the clock from its NOC, using a monitoring collector installed on a server in the Customer's data room.

3.2 The Provider shall raise and classify incidents, notify the Customer's duty engineer by phone and WeChat Work according to Schedule 1, carry out remote diagnosis and first-line fixes, and open and follow cases with the Customer's carriers and equipment vendors.

3.3 The Provider shall back up the configurations of all Monitored Devices every night and keep 90 days of versions.

3.4 The Provider shall deliver a monthly service report with incidents, availability of each plant network, capacity trends and recommendations, and hold a monthly review call with the Customer's IT manager.

## 4. Onboarding

4.1 Within 45 days after signature the Provider shall install and configure the collector, discover and baseline all Monitored Devices, agree the alert rules and escalation lists with the Customer, and prepare the runbooks.

4.2 If onboarding is not ready for Service Acceptance within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

## 5. Service Acceptance

5.1 Service Acceptance requires that (a) at least 98 per cent of the devices in the agreed inventory are monitored and show correct status; (b) a set of ten simulated faults prepared by the Customer, including a core switch failure and an internet link failure, are each detected and notified within the times in Schedule 1; (c) nightly configuration backups have run for seven consecutive days; and (d) the runbooks have been approved by the Customer's IT manager.

5.2 When the criteria are met the Customer signs a Service Acceptance certificate. Monitoring during onboarding is not acceptance.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 2.

6.2 The onboarding charge is invoiced after Service Acceptance. The monthly charge is invoiced monthly in arrears. No charges are payable in advance.

6.3 The Customer pays undisputed invoices within 30 days by bank transfer.

## 7. Service Levels and Service Credits

7.1 The Provider shall meet the response, notification and update times in Schedule 1.

7.2 If the Provider misses a time in Schedule 1, the service credits in Schedule 1 apply. Service credits are deducted from the next invoice. The total service credits in a month shall not exceed 35 per cent of that month's monthly charge.

## 8. Customer Data

8.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

8.2 At the end of the Term the Provider shall hand over the current device configurations and the runbooks to the Customer.

## 9. Intellectual Property

9.1 The monitoring platform and tools of the Provider remain its property.

9.2 Runbooks, alert rules, dashboards and network documentation prepared for the Customer belong to the Customer, which may use, modify and give them to any other provider.

## 10. Confidentiality

10.1 Each party shall keep confidential the other party's business and technical information received under this Agreement, use it only for this Agreement and not disclose it to any third party without the other's prior written consent.

10.2 This clause survives for three years after the end of the Agreement.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.

## 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150 per cent of the total Charges for the Term stated in Schedule 2.

12.2 This limit does not apply to personal injury, fraud or breach of clause 10.

## 13. Term Commitment and Remedies

13.1 The Customer commits to the Services for the whole Term. Neither party may terminate this Agreement before the end of the Term, except that either party may end it by written notice if a force majeure event prevents performance for more than 90 consecutive days.

13.2 If the Provider fails to perform the Services, the Customer's remedies are the service credits under clause 7, the delay payment under clause 4.2 and a claim for damages within the limit of clause 12. The Customer may not terminate this Agreement on the ground of the Provider's breach.

## 13A. Cooperation and Customer Responsibilities

13A.1 The Customer shall provide a server for the monitoring collector, read-only access credentials for the Monitored Devices, and a duty engineer reachable by phone around the clock.

13A.2 The Customer shall inform the Provider at least three business days before planned changes to the network, such as new switches, firmware upgrades or kiln shutdowns, so that alert rules can be adjusted and false alarms avoided.

13A.3 The Provider shall not make any change to a Monitored Device without a change request approved by the Customer's IT manager, except for restoring a backed-up configuration during a P1 incident with the duty engineer's verbal approval, which shall be confirmed in writing afterwards.

13A.4 The Provider's NOC staff shall communicate with the Customer's engineers in Mandarin or English, and incident notifications shall be sent in Chinese.

13A.5 Each party shall name a service manager. The service managers meet by video every month and in Pujiang at least twice during the Term to review the service reports and the improvement plan.

## 14. Force Majeure

14.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war, government action or failure of public networks not caused by that party, provided it notifies the other promptly and limits the effects.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua, Zhejiang.

## 16. General

16.1 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business that accepts all its obligations.

16.2 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 - Incident Priorities, Times and Credits

| Priority | Definition | Notification to Customer | Response (engineer working) | Update interval | Credit per miss |
|---|---|---|---|---|---|
| P1 - Critical | a plant network, a core switch or both internet links down | 10 minutes | 15 minutes | every 30 minutes | 3 per cent of the monthly charge |
| P2 - High | a building, a production line segment or one internet link down | 20 minutes | 30 minutes | every 2 hours | 1 per cent of the monthly charge |
| P3 - Medium | a single device or degraded performance | 1 hour | 2 hours | daily | none |
| P4 - Low | requests and questions | next business day | next business day | weekly | none |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 38,000 |
| Monthly monitoring charge (about 410 devices) | CNY 31,500 x 24 months | 756,000 |
| **Total Charges for the Term** | | **794,000** |
| Devices added above 450 | CNY 70 per device per month | usage-based |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Schedule)
H397E05 = """API SUBSCRIPTION AGREEMENT
CERTVERIFY HEALTH CERTIFICATE CHECK API

Agreement No.: QDCF-API-2025-07

THIS AGREEMENT is made between:

QINGDAO BLUEHARBOUR COLD-CHAIN TRADE PLATFORM CO., LTD., of 88 Qianwangang Road, Huangdao District, Qingdao, Shandong, People's Republic of China (the "Customer"); and

MACHHAPUCHHRE DATA LABS PVT. LTD., of Lakeside Road 6, Pokhara Metropolitan City, Gandaki Province, Nepal (the "Vendor").

BACKGROUND

A. The Customer operates an online platform on which importers sell frozen fish and seafood from Norway, Chile, Ecuador, Russia and other origins to distributors and restaurants in China. Every import lot must be accompanied by an official health certificate issued by the competent authority of the exporting country.

B. The Vendor operates CertVerify, an application programming interface (API) that reads scanned health certificates, extracts the certificate number, issuing authority, establishment number, species, net weight and dates, and checks them against the lists of registered establishments and the certificate formats of each exporting authority.

C. The Customer wishes to call CertVerify from its platform for every lot listed. At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

THE PARTIES AGREE AS FOLLOWS.

1. DEFINITIONS

1.1 "Service" means access to the CertVerify API, the web console and the support described in this Agreement.

1.2 "Customer Data" means certificate images, extracted fields, lot details, importer names and any other data submitted by or for the Customer, and all results returned by the Service.

1.3 "Subscription Year" means each consecutive period starting on the Service Start Date or an anniversary of it and ending on the day before the next anniversary.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SERVICE AND TERM

2.1 The Vendor shall provide the Service to the Customer for two Subscription Years from the Service Start Date (the "Term").

2.2 The subscription includes up to 240,000 certificate checks per Subscription Year, a sandbox environment, the web console for up to 25 Customer users, and integration support.

2.3 The Customer may add users to the web console at no extra charge up to the limit in clause 2.2, and may ask the Vendor to open a second sandbox for its testing partner.

2.4 The Agreement ends at the end of the Term unless the parties sign a written renewal. There is no automatic renewal.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule. The Total Contract Value is CNY 396,000.

3.2 The integration fee is invoiced after Integration Acceptance. Subscription fees are invoiced half-yearly in arrears, CNY 93,000 for each half of a Subscription Year.

3.3 Checks above the included volume are charged at CNY 0.60 per check, invoiced half-yearly in arrears.

3.4 No fee is payable before the Service Start Date. The Customer pays each correct invoice within 30 days.

4. INTEGRATION AND INTEGRATION ACCEPTANCE

4.1 The Vendor shall provide an integration adapter for the Customer's listing workflow and support the Customer's developers until Integration Acceptance.

4.2 Integration Acceptance tests: (a) a test set of 600 historical certificates chosen by the Customer, from at least eight exporting countries, is processed; (b) the extracted certificate number, establishment number and net weight are correct for at least 98 per cent of the legible certificates, as checked by the Customer's compliance staff; (c) every certificate in the set known to be forged or altered is flagged; (d) the median response time of the API is below three seconds at 20 calls per second; (e) the adapter passes the Customer's security scan.

4.3 If all tests pass, the Customer signs an Integration Acceptance certificate. Calls in the sandbox or in production before that certificate is signed are not acceptance.

4.4 If Integration Acceptance is not reached within 60 days after signature for reasons attributable to the Vendor, the Vendor shall pay the Customer delay damages of CNY 300 per day until it is reached.

5. SERVICE LEVELS

5.1 The Vendor shall keep the production API available for at least 99.95% of each calendar month, excluding maintenance windows agreed with the Customer.

5.2 Support priorities and response times:
Priority 1 (the API is unavailable, or returns wrong results for all certificates of an exporting country): response within 6 hours, and continuous work until restored.
Priority 2 (degraded performance or errors for some certificates): response within 1 business day.
Priority 3 (questions and change requests): response within 3 business days.

5.3 Service credits for missed availability: 5 per cent of the monthly equivalent subscription fee for each 0.1 percentage point below the committed level, up to half of the monthly equivalent subscription fee. For each missed Priority 1 response time, a credit of CNY 1,000. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Service to the Customer and shall not use it to train models for other customers, for benchmarking or for any other purpose.

6.2 The Service used by the Customer runs on servers located in mainland China (Tencent Cloud, Shanghai region). Certificate images and results are encrypted in transit and at rest, access by Vendor staff is restricted to named support engineers with multi-factor authentication, and all access is logged.

6.3 Certificate images are deleted 90 days after processing unless the Customer asks for longer retention. All Customer Data is returned and deleted within 30 days after the end of the Term.

6.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation and in any notification to authorities, and compensate the Customer for losses caused by an incident resulting from the Vendor's breach of this clause 6.

7. SUBCONTRACTORS

7.1 The Vendor may engage subcontractors and sub-processors, including cloud and OCR providers, to perform any part of the Service. The Vendor shall give the Customer at least 15 days' written notice before a new subcontractor or sub-processor starts to process Customer Data, and remains responsible for their performance.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the Service, its models and software.

8.2 The integration adapter and any field mappings and validation rules made specifically for the Customer belong to the Customer. The Customer may use, modify and license them without restriction, and the Vendor shall deliver their source code.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business, technical and commercial information, including the Customer's importer and price information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the Term.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value.

10.2 The limit does not apply to breach of clause 6 or clause 9, personal injury, fraud or wilful misconduct.

10.3 The Vendor does not guarantee that a certificate that passes its checks is genuine. The Customer remains responsible for its regulatory obligations.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 The Customer may also terminate by written notice if the monthly availability is below 99.5% in any two months of a Subscription Year.

11.3 On termination the Customer pays only for the Service provided up to the termination date.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

13. GENERAL

13.1 This Agreement, including the Schedule, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

13.2 Notices shall be sent by email and courier to the addresses above.

13.3 The Vendor shall support the Customer's compliance staff by publishing, at least monthly, the changes it has made to the certificate formats and establishment lists of each exporting authority, so that the Customer can understand why a result has changed.

13.4 The Vendor shall keep the API backwards-compatible during the Term. Where an exporting authority changes its certificate format, the Vendor shall update the Service within ten business days after the new format is published, and shall tell the Customer which certificates could not be read in the meantime.

13.5 The Customer may use the results of the Service in its own platform and in its reports to the customs and market supervision authorities, and may show them to importers and buyers on the platform.

13.6 The Vendor shall provide a monthly usage statement showing the number of checks, the share of certificates read automatically, the certificates flagged as suspicious and the average response time, broken down by exporting country. The parties shall review the statement in a short video call each quarter and agree any corrective actions in writing.

13.7 Neither party may assign this Agreement without the other party's prior written consent.

SCHEDULE - FEES

Item                                   Basis                                   Amount (CNY)
Integration fee                        one-time                                24,000
Subscription fee                       CNY 186,000 per Subscription Year x 2   372,000
TOTAL CONTRACT VALUE                                                           396,000
Additional checks                      CNY 0.60 per check above 240,000        usage-based
                                       per Subscription Year

SIGNED for the Customer: ____________________   Date: __________

SIGNED for the Vendor: ____________________   Date: __________
"""

# ================================================================ files and labels
FILES = {  # key: (stem, ext, lang, source)
    "h397z01": ("h397z01_womens_federation_rights_service_platform", "pdf", "zh", H397Z01),
    "h397z02": ("h397z02_foundry_moulding_line_control_retrofit", "docx", "zh", H397Z02),
    "h397z03": ("h397z03_kids_art_chain_scheduling_saas", "txt", "zh", H397Z03),
    "h397z04": ("h397z04_sports_centre_venue_system_om", "txt", "zh", H397Z04),
    "h397z05": ("h397z05_rice_noodle_factory_mes_supplier_template", "md", "zh", H397Z05),
    "h397e01": ("h397e01_blue_calico_stencil_software_licences", "pdf", "en", H397E01),
    "h397e02": ("h397e02_mount_tai_shuttle_booking_saas_order_form", "md", "en", H397E02),
    "h397e03": ("h397e03_pepper_farm_drying_shed_sensors", "docx", "en", H397E03),
    "h397e04": ("h397e04_crystal_glass_managed_network_monitoring", "md", "en", H397E04),
    "h397e05": ("h397e05_frozen_fish_health_certificate_api", "txt", "en", H397E05),
}

T, F, N = True, False, None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# per contract: category, terms (in TERM_KEYS order), extra, and for goods the TCO inputs (fee base)
L = {}
L["h397z01"] = dict(category="software", value=1165000, fee_base=420000, capped=T, deemed=F, sla=T, ld_stated=T,
    terms=[99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 233000 / 1165000 * 100, T, T, 24, 42000 / 420000 * 100,
           F, T, F, "PRC", "goods_or_licence"])
L["h397z02"] = dict(category="hardware", value=1500000, fee_base=1155000, capped=T, deemed=F, sla=T, ld_stated=T,
    terms=[N, 0.5, T, "buyer", T, T, T, 0.08, N, 150000 / 1500000 * 100, T, T, 18, 207900 / 1155000 * 100,
           F, T, T, "PRC", "goods_or_licence"])
L["h397z03"] = dict(category="cloud", value=544000, sla=T, ld_stated=T, deemed=F,
    terms=[99.95, 0.5, T, "buyer", T, F, T, 500 / 544000 * 100, 200, N, T, N, N, N,
           T, T, F, "PRC", "service"])
L["h397z04"] = dict(category="services", value=438000, sla=T, ld_stated=T, deemed=F,
    terms=[99.5, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N,
           F, T, F, "PRC", "service"])
L["h397z05"] = dict(category="software", value=980000, fee_base=680000, capped=T, deemed=T, sla=F, ld_stated=T,
    terms=[N, N, F, "supplier", T, T, T, 0.02, 20, 637000 / 980000 * 100, F, F, 6, 176800 / 680000 * 100,
           F, T, N, N, "goods_or_licence"])
L["h397e01"] = dict(category="software", value=700000, fee_base=518000, capped=T, deemed=F, sla=T, ld_stated=T,
    terms=[N, 2, T, "buyer", T, T, T, 0.1, 150, 140000 / 700000 * 100, T, T, 24, 62160 / 518000 * 100,
           F, T, F, "Sri Lanka", "goods_or_licence"])
L["h397e02"] = dict(category="cloud", value=726000, sla=T, ld_stated=F, deemed=F,
    terms=[99.5, 1, F, "buyer", T, T, T, N, 150, N, T, N, N, N,
           F, T, F, "PRC", "service"])
L["h397e03"] = dict(category="hardware", value=352000, fee_base=283800, capped=T, deemed=F, sla=T, ld_stated=T,
    terms=[N, 1, T, "buyer", T, T, T, 0.1, 200, 42240 / 352000 * 100, T, T, 36, 25542 / 283800 * 100,
           F, T, F, "PRC", "goods_or_licence"])
L["h397e04"] = dict(category="services", value=794000, sla=T, ld_stated=T, deemed=F,
    terms=[N, 0.25, T, "buyer", F, T, T, 600 / 794000 * 100, 150, N, T, N, N, N,
           F, F, F, "PRC", "service"])
L["h397e05"] = dict(category="cloud", value=396000, sla=T, ld_stated=T, deemed=F,
    terms=[99.95, 6, T, "buyer", T, T, T, 300 / 396000 * 100, 200, N, T, N, N, N,
           F, T, T, "PRC", "service"])

EXPECTED_MIX = {  # the design, checked against the rules derived below
    "h397z01": [], "h397e03": [], "h397e01": ["CR-GOVERNING-LAW"],
    "h397z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h397z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h397z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h397e02": ["CR-LD-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
    "h397e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h397e05": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h397z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(d):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * d["fee_base"] * t["post_warranty_fee_pct"] / 100
    return d["value"] + fees, fees, fees / (d["value"] + fees) * 100


def rules(d):
    """My reading of policy.md §3 applied to the labels (not project code)."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not d["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    tc = tco(d)
    if goods and tc and tc[2] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    stem, ext, lang, _ = FILES[key]
    d = L[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": f"{stem}.{ext}", "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules(d)}


# ================================================================ threshold scan
ZN = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    ("availability 99.9", r"99\.90*(?![0-9])"),
    ("P1 4 hours", r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)"),
    ("P1 4 hours zh", rf"(?<![{ZN}])四\s*个?\s*小时"),
    ("P1 four hours", r"(?<![\w-])four[\s-]+hours?\b"),
    ("P1 240 minutes", r"(?<![0-9.])240\s*(?:分钟|minutes?)"),
    ("LD 0.05%", r"(?<![0-9.])0\.050*\s*(?:%|per\s*cent)"),
    ("LD 万分之五", rf"万分之五(?![{ZN}点])"),
    ("100%", r"(?<![0-9.])100(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之百", r"百分之(?:一)?百(?![{ZN}])"),
    ("one hundred per cent", r"hundred\s+per\s*cent"),
    ("30%", r"(?<![0-9.])30(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之三十", rf"百分之三十(?![{ZN}点])"),
    ("三成", r"三成"),
    ("thirty per cent", r"(?<![\w-])thirty\s+per\s*cent"),
    ("12 months", r"(?<![0-9.])12\s*(?:个月|months?\b|-month)"),
    ("十二个月", rf"(?<![{ZN}])十二\s*个\s*月"),
    ("twelve months", r"(?<![\w-])twelve[\s-]+months?\b"),
    ("一年", r"一\s*年"),
    ("one year", r"(?<![\w-])one[\s-]+year\b"),
    ("1 year", r"(?<![0-9.])1[\s-]*years?\b"),
    ("15%", r"(?<![0-9.])15(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之十五", rf"百分之十五(?![{ZN}点])"),
    ("fifteen per cent", r"(?<![\w-])fifteen\s+per\s*cent"),
    ("40%", r"(?<![0-9.])40(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之四十", rf"百分之四十(?![{ZN}点])"),
    ("四成", r"四成"),
    ("forty per cent", r"(?<![\w-])forty\s+per\s*cent"),
    ("5 years", r"(?<![0-9.])5[\s-]*(?:年(?!度)|years?\b)"),
    ("五年", rf"(?<![{ZN}])五\s*年(?!度)"),
    ("five years", r"(?<![\w-])five[\s-]+years?\b"),
    ("60 months", r"(?<![0-9.])60\s*(?:个月|months?\b|-month)"),
    ("六十个月", rf"(?<![{ZN}])六十\s*个\s*月"),
]
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "thirty per cent", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "forty per cent",
            "5年", "五年", "five years", "60个月", "60 months", "12-month", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "四十二个月", "2025年", "二〇二五年", "万分之五十", "百分之三十五", "百分之十五点五", "35%", "45%", "12 seats",
             "14 hours", "2.4 hours", "1,500 per cent", "三个服务年度", "服务年度", "25 years", "2025 years",
             "十五个月", "240,000 checks", "45 years"]


def hits(text):
    found = []
    for name, pat in PATTERNS:
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = re.search(pat, variant, flags=re.I)
            if m:
                found.append((name, variant[max(0, m.start() - 20):m.end() + 20]))
                break
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (f"{stem}.{ext}", ext)
        else:
            (OUT / f"{stem}.{ext}").write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    write(sources, targets, OUT, wrap_words=True)
    problems, fired = [], set()
    print()
    for key, (stem, ext, lang, src) in FILES.items():
        text = read_back(OUT / f"{stem}.{ext}")
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append(f"{key}: length {n} outside {lo}-{hi}")
        for h in hits(text) + hits(src):
            problems.append(f"{key}: threshold figure {h}")
        lab = label(key)
        t = lab["expected_terms"]
        d = L[key]
        # derived values off every threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-6 * max(1, thr):
                problems.append(f"{key}: {k} on threshold")
        tc = tco(d)
        if tc and abs(tc[2] - 40) < 2:
            problems.append(f"{key}: TCO share {tc[2]:.2f} near 40")
        if lab["expected_rules"] != sorted(EXPECTED_MIX[key]):
            problems.append(f"{key}: derived rules {lab['expected_rules']} != design {sorted(EXPECTED_MIX[key])}")
        fired |= set(lab["expected_rules"])
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        sev = [SEVERITY[r] for r in lab["expected_rules"]]
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        tcs = "" if not tc else f"  TCO {tc[0]:,.0f} share {tc[2]:.2f}%"
        print(f"{key} {ext:4} len {n:5}  risk {risk:6} rules {', '.join(lab['expected_rules']) or '(none)'}{tcs}")
    missing = set(SEVERITY) - fired
    if missing:
        problems.append(f"rules never fired: {sorted(missing)}")
    counts = sorted(len(label(k)["expected_rules"]) for k in FILES)
    print("findings per contract:", counts)
    if problems:
        print("\nPROBLEMS:\n" + "\n".join(problems))
        sys.exit(1)
    print("all 20 CR rules fire at least once; all checks passed")


if __name__ == "__main__":
    main()
