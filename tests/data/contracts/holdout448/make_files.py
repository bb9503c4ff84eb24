"""holdout448: ten blind, ordinary draft contracts (5 zh, 5 en) with labels.

Builds the contract files (.txt/.md written as is; .docx/.pdf via ../word_pdf.py, PDFs word-wrapped), writes the
.json labels, derives each draft's expected rules from its labels by my own reading of policy.md §3, checks them
against the design list, asserts that all 20 CR rules fire in the set, scans every source and every built file
(read back) for threshold figures, and checks the text lengths. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H448Z01 = """T:临川市零工市场服务平台建设项目采购合同
P:合同编号：LCRS-ZC-2026-017
P:采购人（甲方）：临川市人力资源和社会保障局
P:供应商（乙方）：江州数联信息技术有限公司
P:项目名称：临川市零工市场服务平台建设项目（政府采购，公开招标，项目编号LCZC2026-0342）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及乙方的服务承诺均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1. 乙方向甲方提供“零工市场服务平台”软件永久使用许可（含求职者端小程序、用工方端、零工驿站工作台和监管端），并按甲方需求完成定制开发、数据迁移、部署实施和培训。
P:2. 定制开发内容包括：零工驿站接入管理、灵活就业人员登记、岗位快速匹配与派单、以工代训及补贴申领模块，以及与省人社一体化平台、市社保经办系统的数据接口。
P:3. 平台部署在甲方提供的政务云资源上，乙方不另行提供服务器。乙方应按招标文件的技术要求完成全部工作。
H:第二条 合同价款
P:本合同总价为人民币壹佰叁拾伍万元整（¥1,350,000.00），为固定总价，包含税费、差旅及全部实施费用，分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|620,000
TB:2|定制开发（业务模块及数据接口）|586,000
TB:3|数据迁移及部署实施|118,000
TB:4|培训|26,000
TB:合计||1,350,000
H:第三条 付款方式
P:1. 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的25%，即¥337,500，作为预付款。
P:2. 平台初验合格后10个工作日内，甲方支付合同总价的50%，即¥675,000。
P:3. 终验合格后10个工作日内，甲方支付合同总价的25%，即¥337,500。
P:4. 乙方每次收款前应向甲方开具合法有效的发票。甲方以国库集中支付方式付款。
H:第四条 工期
P:乙方应于合同签订后90日内完成部署并提交初验申请；初验合格后进入试运行，试运行期为60日。
H:第五条 验收
P:1. 验收标准：（1）招标文件所列功能逐项测试通过；（2）在500个并发用户下，常用页面响应时间不超过3秒；（3）与省人社一体化平台、市社保经办系统的接口连续10个工作日数据交换无差错；（4）历史数据迁移后逐表核对一致；（5）通过第三方网络安全等级保护三级测评。
P:2. 试运行期内未发生一级故障且上述标准全部满足的，由甲方组织专家进行终验，并出具书面验收报告。
P:3. 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在10日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证及售后服务
P:1. 质保期为终验合格之日起二十四个月。质保期内乙方免费提供软件维护、缺陷修复和版本升级。
P:2. 质保期内平台月可用率不低于99.95%。故障分级及处理时限：一级故障（平台整体不可用或核心业务中断）30分钟内响应、2小时内恢复；二级故障1小时内响应、8小时内恢复；三级故障于次一工作日内处理完毕。
P:3. 一级故障响应或恢复每超时1小时，甲方可从履约保证金中扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥1,000。
P:4. 质保期满后，如甲方需要继续维护，双方另行签订运维合同，年运维费不超过平台软件许可费的10%（即不超过¥62,000），且质保期满后三个服务年度内不得上调。运维合同不自动续期。
H:第七条 知识产权
P:1. 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:2. 本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在终验时一并移交。甲方可自行或委托第三方修改、使用。
P:3. 乙方保证所提供的软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。
H:第八条 数据安全
P:1. 平台中的求职者个人信息、用工信息、补贴发放数据等全部数据归甲方所有。乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存副本。
P:2. 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、数据加密和操作审计；运维操作须经甲方堡垒机进行。
P:3. 发生数据泄露或其他安全事件的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、业务资料和个人信息负有保密义务，不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:1. 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:2. 乙方交付成果不符合合同约定且经整改仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
H:第十一条 分包
P:本项目不得分包，也不得转包。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:1. 乙方应指定具有同类项目经验的项目经理一名，项目实施期间常驻甲方现场，未经甲方同意不得更换。乙方应按投标文件承诺配备开发、测试和实施人员。
P:2. 乙方应每周向甲方提交项目周报，说明进度、问题和风险；重大问题应在发现后1个工作日内报告甲方。
P:3. 乙方应对甲方管理员和零工驿站工作人员进行培训，培训不少于三期，并提供操作手册、管理员手册和培训视频。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。双方根据不可抗力的影响程度协商延期履行或部分免除责任。
H:第十六条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。违反本条的，甲方有权解除合同并依法报告有关部门。
H:第十七条 通知
P:双方往来通知以书面形式送达本合同载明的地址，或发送至双方指定的电子邮箱。一方变更联系方式的，应提前3日书面通知对方。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同附件包括：技术需求书、投标报价明细表、项目实施计划、验收方案。
P:甲方（盖章）：临川市人力资源和社会保障局　　代表签字：＿＿＿＿　　日期：＿＿＿＿
P:乙方（盖章）：江州数联信息技术有限公司　　代表签字：＿＿＿＿　　日期：＿＿＿＿
"""

H448Z02 = """T:辊道窑燃烧控制系统改造及维保合同
P:合同编号：QYFY-SB-2026-0609
P:甲方：清远丰源陶瓷有限公司
P:乙方：广东炉控自动化科技有限公司
P:鉴于甲方2号、3号辊道窑（长度各为268米）的燃烧控制系统老化，温控精度不足，能耗偏高，甲方决定对其进行改造。乙方具备窑炉控制系统的设计、供货和调试能力。双方经协商一致，订立本合同。
H:一、项目范围
P:（一）乙方负责两条辊道窑燃烧控制系统的设计、供货、安装、调试和烧成曲线整定，更换PLC控制柜、温度检测系统、燃烧控制器及比例阀、风机变频器和上位机系统。
P:（二）乙方提供窑炉控制上位机软件永久许可，包括烧成曲线管理、能耗统计、报警记录和配方管理功能，并开发与甲方MES系统的数据接口。
P:（三）改造须利用甲方计划停窑期完成，每条窑的停窑时间不超过10日。
H:二、合同价格
P:（一）合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含税、运输、安装、调试及培训费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|6套|68,000|408,000
TB:2|温度巡检仪表及热电偶|1批|236,000|236,000
TB:3|燃烧控制器及比例阀|120组|2,600|312,000
TB:4|风机变频器|14台|18,500|259,000
TB:5|工控机及操作站|3台|22,000|66,000
TB:6|窑炉控制上位机软件永久许可|1套|189,000|189,000
TB:|软硬件小计|||1,470,000
TB:7|安装调试及烧成曲线整定|1项|246,000|246,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,740,000
P:（二）上述价格为固定价格，甲方不再承担其他费用。设备的品牌、型号和技术参数以附件技术规格书为准，乙方不得擅自更换；确需更换的，须经甲方书面同意，且性能不得低于原约定。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%（¥348,000）作为预付款。
P:（二）设备到货并经甲方签收后，甲方支付合同总价的35%（¥609,000）。到货签收不视为验收。
P:（三）两条窑全部改造完成并经最终验收合格后，甲方支付合同总价的45%（¥783,000）。
H:四、验收
P:（一）验收标准：1. 各温区实测温度与设定值偏差不超过±3℃；2. 连续72小时满负荷烧成，无一级故障；3. 单位产品天然气消耗较改造前降低不少于6%，按双方确认的测试方法测定；4. 上位机与MES接口数据一致；5. 产品优等品率不低于改造前水平。
P:（二）满足上述标准后，双方签署最终验收报告。设备安装完毕或投入生产均不视为验收合格。
H:五、质保及维保
P:（一）质保期为最终验收合格之日起十八个月。质保期内乙方免费维修、更换故障部件并升级软件。
P:（二）故障响应：一级故障（窑炉停烧或温控失效）乙方接报后1小时内远程响应，6小时内到达现场；二级故障2小时内响应，次日内修复。
P:（三）一级故障响应每超时1小时，乙方向甲方支付¥500；到场每超时1小时，乙方向甲方支付¥1,000。
P:（四）质保期满后，乙方按年提供维保服务（含备件、定期巡检和软件升级），维保年费按软硬件小计的28%计取，即每年¥411,600，质保期满后三个服务年度内不上调。维保合同由双方逐年签订，不自动续期。
H:六、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金，但违约金总额不超过合同总价的10%。
P:（二）因乙方原因造成窑炉非计划停烧的，乙方应赔偿甲方的直接损失。
H:七、数据安全
P:（一）控制系统产生的烧成曲线、配方、能耗及生产数据归甲方所有，乙方不得复制、外传或用于履约以外的用途。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和账号进行并留存操作记录；乙方应保证所供系统无后门，并及时修补安全漏洞。
P:（三）因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:八、保密
P:双方对在履约中知悉的对方技术资料、工艺参数和商业信息负有保密义务，保密期限至合同终止后三年。
H:九、知识产权
P:（一）上位机软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:（二）为甲方开发的MES接口程序、烧成曲线配方模板及控制程序（含源代码）归甲方所有，甲方可自行修改使用。
H:十、分包
P:乙方可将电气布线、设备安装等施工工作分包给第三方，但应提前3个工作日书面通知甲方。乙方对分包方的工作负责。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交清远仲裁委员会仲裁。
H:十三、项目实施管理
P:（一）乙方应在合同签订后7日内提交改造实施方案，包括停窑计划、拆装顺序、安全措施和调试计划，经甲方书面确认后实施。
P:（二）乙方现场人员应遵守甲方安全生产和动火作业管理制度，进入窑区须佩戴劳动防护用品。因乙方人员违章造成的人身伤害和财产损失由乙方承担。
P:（三）乙方应指定项目负责人一名，负责现场协调。改造期间，乙方每日向甲方报告施工进度；停窑期内的施工须连续进行，不得无故中断。
P:（四）乙方应提供设备合格证、出厂检验报告、电气图纸、PLC程序备份、操作手册和维护手册各两套，并在最终验收前移交。
H:十四、培训
P:乙方应为甲方窑炉操作工、电工和工艺人员提供现场培训，内容包括系统操作、烧成曲线调整、常见故障处理和日常维护，培训不少于3次，每次不少于半日，并考核合格。
H:十五、不可抗力
P:因不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
H:十六、安全生产与环保
P:（一）乙方拆除的旧控制柜、仪表和电缆应分类堆放至甲方指定地点，由甲方处置；含有害物质的废旧电子元件由乙方按环保要求处理。
P:（二）乙方应在改造前对燃气管路、比例阀接口进行检漏，调试期间安排专人监护点火过程，确保窑炉安全。
P:（三）改造期间如发现原有燃气管路或窑体存在安全隐患，乙方应立即书面告知甲方，由甲方决定处理方案。
H:十七、通知
P:双方指定的联系人及联系方式见附件。一方的通知以书面形式送达对方联系人即视为送达。附件：1. 技术规格书；2. 改造实施方案；3. 验收测试记录表。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：清远丰源陶瓷有限公司（盖章）　授权代表：＿＿＿＿　日期：＿＿＿＿
P:乙方：广东炉控自动化科技有限公司（盖章）　授权代表：＿＿＿＿　日期：＿＿＿＿
"""

H448Z03 = """弦悦教务云平台订阅及实施服务合同

合同编号：XY-JW-2026-031
甲方（客户）：上海弦悦艺术培训有限公司
乙方（服务商）：杭州课栈网络科技有限公司

鉴于甲方在上海、苏州两地经营18家乐器培训校区，需要统一的排课、学员及缴费管理系统；乙方运营“课栈”教务SaaS平台。双方经友好协商，就平台订阅及实施服务达成如下协议。

1. 服务内容
1.1 乙方向甲方18家校区提供“课栈”教务SaaS平台订阅服务，包括排课与教室管理、学员档案、课时消耗、教师课酬、家长端小程序及在线缴费模块。
1.2 乙方负责实施服务：历史学员及课时数据迁移、排课规则配置、与甲方收银系统和财务系统对接、管理员及教师培训。
1.3 平台部署于乙方在中国境内的云环境，甲方通过互联网使用。

2. 服务期限
2.1 订阅服务期为三个服务年度，自上线验收合格之日起计算。
2.2 服务期届满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，可多次续展。续展时乙方有权按其届时的价格体系调整服务费，每次上调幅度不超过8%。

3. 费用
3.1 费用明细（人民币，含税）：
序号 | 项目 | 计费方式 | 金额（元）
1 | 校区版订阅 | 18个校区 × 13,600元/服务年度 | 244,800/服务年度
2 | 家长端小程序及在线缴费模块 | 每服务年度 | 36,000/服务年度
3 | 实施服务（数据迁移、配置、接口、培训） | 一次性 | 96,000
订阅费合计每服务年度280,800元，三个服务年度共842,400元；合同总价为938,400元。
3.2 实施费在上线验收合格后15个工作日内一次性支付。
3.3 订阅费按服务季度支付，每季度70,200元，于每个服务季度结束后10个工作日内支付。上线验收前甲方无需支付任何费用。

4. 实施与验收
4.1 乙方应在合同签订后45日内完成实施并提交上线验收申请。
4.2 验收标准：（1）18个校区的学员档案、剩余课时和余额迁移后与甲方原系统逐校核对一致；（2）排课冲突检测覆盖教室、教师和学员三类冲突，抽测200个排课场景无差错；（3）在线缴费与收银系统、财务系统连续10日对账一致；（4）在800个并发用户下，常用页面响应不超过2秒。
4.3 满足上述标准的，甲方签署上线验收单。甲方试用或部分校区先行使用不视为验收合格。
4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金800元。

5. 服务水平
5.1 平台月可用率不低于99.5%（计划内维护除外，计划维护须提前3日通知且安排在22:00至次日7:00之间）。
5.2 故障分级：一级故障（平台无法登录、排课或缴费功能整体不可用）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级故障（咨询及一般问题）1个工作日内答复。
5.3 服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当季订阅费的2%向甲方抵扣；一级故障恢复每超时1小时，抵扣当季订阅费的1%。抵扣在下一期费用中扣除。

6. 数据安全与数据权属
6.1 甲方在平台中录入或产生的全部数据，包括学员（含未成年人）个人信息、家长联系方式、课消、缴费和教师数据，均归甲方所有。乙方仅为向甲方提供本合同服务处理该等数据，不得用于其他目的。
6.2 乙方应将数据存储于中国境内，采取加密存储、访问权限控制和操作日志审计等措施，平台应通过网络安全等级保护三级测评，并每日备份。
6.3 发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的全部损失及对学员、家长的赔偿责任。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。

7. 知识产权
7.1 平台软件的知识产权归乙方所有。
7.2 乙方为甲方定制的排课规则、报表模板、收银及财务接口程序，其知识产权归甲方所有，甲方可自由使用和修改。

8. 保密
双方对履约中获得的对方商业信息、经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内持续有效。

9. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

10. 分包
未经甲方书面同意，乙方不得将本合同项下的任何服务分包给第三方。

11. 合同解除
11.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同。
11.2 连续两个月月可用率低于承诺值的，甲方有权解除本合同，无需支付违约金。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

13. 项目管理与培训
13.1 乙方应指定实施项目经理一名，负责与甲方总部及各校区沟通。实施期间乙方每周提交进度报告。
13.2 乙方应分批次为甲方校区主管、前台、教务和教师提供线上及线下培训，每个校区至少一次现场培训，并提供操作手册和视频教程。
13.3 服务期内，乙方应为甲方提供专属客户成功经理，每季度与甲方进行一次服务回顾，提交可用率、故障和工单统计报告。
13.4 甲方新开设校区的，可按本合同约定的单价增加校区订阅，新增校区的订阅费自开通之月起按月折算。

14. 版本更新
14.1 乙方可对平台进行版本更新，但不得减少本合同约定的功能。重大版本更新应提前7日通知甲方，并安排在非营业时间进行。
14.2 甲方在服务期内可免费使用平台的新增标准功能。
14.3 乙方下线现有功能的，应提前60日通知甲方并提供替代方案，不得影响甲方各校区的正常排课和缴费。

15. 不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。但乙方不得以第三方云服务商故障为由主张不可抗力。

16. 甲方义务
16.1 甲方应指定项目联系人，及时提供原系统数据、校区信息、教室和教师资料，并组织各校区人员参加培训。
16.2 甲方应妥善保管管理员账号，合理设置员工权限。因甲方人员泄露账号造成的损失，由甲方自行承担。
16.3 甲方使用平台应遵守法律法规，不得利用平台发布违法信息。

17. 通知
双方往来通知以书面形式送达本合同载明的地址或双方确认的电子邮箱。一方联系方式变更的，应及时书面通知对方。

18. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：上海弦悦艺术培训有限公司（盖章）
授权代表：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
乙方：杭州课栈网络科技有限公司（盖章）
授权代表：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
"""

H448Z04 = """南丰市国资国企在线监管系统运维服务合同

合同编号：NFGZ-YW-2026-02
采购人（甲方）：南丰市人民政府国有资产监督管理委员会
供应商（乙方）：南丰云途信息服务有限公司

根据南丰市国资国企在线监管系统运维服务项目（采购方式：竞争性磋商，项目编号NFCG-2025-1187）的磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
（1）本合同所称系统，是指甲方国资国企在线监管系统，包括产权管理、投资监管、财务快报、“三重一大”决策监管、大屏展示等子系统，以及与省国资委监管平台、市属企业财务系统的数据接口。
（2）乙方提供的运维服务包括：系统日常运行监控和巡检；应用软件缺陷修复及小型需求变更（单项不超过10人日）；数据库、中间件及操作系统维护；数据报送保障；安全巡检、漏洞修复和应急处置；年度汇总报告。
（3）乙方派驻1名运维工程师在甲方办公地点驻场，工作日8:30至17:30在岗；节假日及非工作时间电话值守。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满，本合同自动终止；下一服务期的运维服务由甲方另行采购。

第三条 合同价款
本合同总价为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，包含人工、差旅、税费等全部费用。分项如下：
序号 | 服务项目 | 金额（元）
1 | 驻场运维（1人） | 216,000
2 | 应用维护及小型需求变更 | 144,000
3 | 数据库、中间件及系统维护 | 62,000
4 | 安全巡检及应急处置 | 46,000
合计 | | 468,000

第四条 付款方式
（1）服务费按季度支付，每季度117,000元。
（2）每季度结束后，乙方提交季度运维报告，经甲方确认后15个工作日内，甲方支付当季服务费。
（3）乙方收款前应开具合法发票。

第五条 服务要求
（1）系统月可用率不低于99.95%（经甲方同意的计划停机除外）。
（2）故障分级：一级故障（系统整体不可用或数据报送中断）30分钟内响应，3小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）2个工作日内解决。
（3）乙方每月对系统进行一次全面巡检，每季度进行一次安全漏洞扫描，并在5个工作日内提交报告。
（4）国资委月度快报、年度决算等报送期间，乙方应安排专人保障。
（5）乙方应按上述时限处理故障，并在每季度运维报告中列明故障处理情况。甲方对乙方服务进行季度考核，考核结果作为甲方今后采购时评价乙方的参考。

第六条 服务验收
（1）甲方按季度对运维服务进行验收，验收依据为：月可用率达到第五条要求；巡检、漏洞扫描报告按期提交；故障处理记录完整，一级、二级故障均在规定时限内恢复；小型需求变更通过甲方测试。
（2）服务期满后，乙方提交年度运维总结报告、系统运行文档及配置清单，由甲方组织年度验收并出具验收意见。

第七条 数据安全
（1）系统中的国有企业产权、投资、财务等数据均归甲方所有。乙方仅可为履行运维服务接触数据，不得复制、留存或用于其他用途。
（2）乙方运维操作须通过甲方堡垒机进行，严禁在互联网环境处理甲方数据；驻场人员须签署保密承诺并接受甲方安全管理。
（3）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第八条 保密
乙方对履约中知悉的国家秘密、工作秘密、企业商业秘密负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。

第九条 知识产权
乙方在运维服务中形成的运维脚本、巡检报告、技术文档以及小型需求变更的源代码，其知识产权归甲方所有。

第十条 违约责任
（1）乙方未按约定时间完成巡检、漏洞修复、需求变更或报告提交的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方驻场人员未经甲方同意更换或擅自离岗的，乙方应及时补派人员。

第十一条 分包
乙方不得将本合同项下服务分包或转包给第三方。

第十二条 合同的履行
本合同生效后，双方应全面履行。除不可抗力外，服务期内任何一方均不得单方解除本合同；乙方服务不符合约定的，甲方可以要求乙方整改并按第十条追究违约责任。

第十三条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条 人员管理
（1）乙方驻场工程师应具备数据库、中间件和Java应用维护能力，并持有相关认证。乙方应在合同签订后5个工作日内向甲方报送驻场人员名单及资质材料。
（2）驻场人员应遵守甲方考勤、保密和办公管理制度。甲方认为驻场人员不能胜任的，乙方应在10个工作日内更换。
（3）乙方应另行指定一名技术经理作为二线支持，负责疑难故障处理和季度服务回顾。

第十五条 运维交接
（1）服务开始前，乙方应与原运维单位完成系统交接，核对系统账号、配置文档、源代码和运维记录，并形成交接清单报甲方确认。
（2）服务期满时，乙方应向甲方或甲方指定的新运维单位完整移交系统账号、配置文档、运维记录和源代码，并提供不少于10个工作日的交接配合。

第十六条 服务报告
（1）乙方每月5日前提交上月运维月报，内容包括系统运行情况、可用率统计、巡检发现的问题及整改情况、故障处理记录和需求变更完成情况。
（2）乙方每季度提交季度运维报告，并参加甲方组织的季度服务评审会议，汇报服务情况和改进措施。
（3）服务期满前15日内，乙方提交年度运维总结报告和系统优化建议。

第十七条 应急管理
乙方应编制系统应急预案，每半年组织一次应急演练，并在国资委重要报送节点、重大活动期间实行7×24小时值守。

第十八条 不可抗力
因不可抗力导致不能按约定提供服务的，乙方应及时通知甲方并采取措施减少损失，在不可抗力影响范围内免除责任。

第十九条 甲方义务
（1）甲方应为驻场人员提供办公场所、办公设备和必要的系统访问权限。
（2）甲方应指定运维联系人，负责运维需求的受理、确认和考核组织，并及时审核乙方提交的报告。
（3）甲方应及时通知乙方系统相关的业务调整和报送要求变化，以便乙方提前做好保障准备。

第二十条 通知
双方往来通知以书面形式送达本合同载明的地址或双方指定的联系人。一方变更联系方式的，应提前3日书面通知对方。

第二十一条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：南丰市人民政府国有资产监督管理委员会
代表签字：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
乙方（盖章）：南丰云途信息服务有限公司
代表签字：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
"""

H448Z05 = """# 仓云WMS仓储管理软件许可及实施合同

（仓云软件标准合同文本 V3.0）

合同编号：CY-WMS-2026-0418

甲方（买方）：高邮湖鲜蛋品有限公司
乙方（卖方）：苏州仓云软件有限公司

甲方为咸鸭蛋、松花蛋等蛋制品生产企业，拥有原料蛋库、腌制车间暂存库、成品库等5个仓库。为提升仓储管理水平，甲方向乙方采购仓云WMS软件许可及定制开发、实施服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供仓云WMS标准版软件永久使用许可（5个仓库）及PDA手持终端客户端许可20个。
2. 乙方根据甲方需求进行定制开发，包括：原料蛋批次追溯、腌制周期管理（入缸、出缸提醒）、先进先出出库策略，以及与甲方用友ERP的接口。
3. 乙方负责系统安装部署、基础数据初始化及用户培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓云WMS标准版软件永久许可（5仓） | 1套 | 320,000 |
| 2 | PDA客户端许可 | 20个 | 70,000 |
| 3 | 定制开发（批次追溯、腌制周期、出库策略、ERP接口） | 1项 | 246,000 |
| 4 | 实施及培训 | 1项 | 54,000 |
| | 合计 | | 690,000 |

合同总价为人民币陆拾玖万元整（¥690,000），含增值税。PDA硬件由甲方自行采购。

## 第三条 付款方式

1. 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥345,000。
2. 系统上线运行后5个工作日内，甲方支付合同总价的50%，即¥345,000。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第四条 交付与验收

1. 乙方应于收到首期款项后60日内完成系统安装部署及定制开发。
2. 系统安装部署完成并上线运行，即视为甲方验收合格。甲方应在上线当日签署上线确认单。
3. 上线后甲方发现的问题，由乙方在维护期内处理。

## 第五条 维护服务

1. 系统免费维护期为六个月，自系统上线之日起计算。
2. 维护期内，乙方在工作日工作时间内提供电话及远程技术支持，乙方将尽合理努力及时解决甲方提出的问题。
3. 维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

## 第六条 知识产权

1. 仓云WMS软件及其全部文档的知识产权归乙方所有。
2. 乙方为甲方定制开发的功能模块、接口程序及相关文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第七条 数据

1. 甲方在系统中产生的业务数据归甲方所有。
2. 甲方同意，乙方有权将甲方业务数据进行脱敏处理后，用于乙方产品改进、算法训练及行业分析。
3. 乙方应采取合理的技术和管理措施保护甲方数据安全，包括访问权限控制、数据备份和传输加密。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，并承担相应的赔偿责任。

## 第八条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意，不得向第三方披露。本条不因合同终止而失效。

## 第九条 违约责任

1. 乙方逾期完成安装部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。
3. 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十条 合同解除

一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

## 第十一条 甲方义务

1. 甲方应指定项目联系人，负责需求确认、数据准备和内部协调。
2. 甲方应按乙方要求提供服务器、网络环境、PDA终端及ERP接口所需的账号和文档，并保证其可用。
3. 甲方应在乙方提交需求确认书后3个工作日内确认。因甲方原因导致项目延误的，乙方交付期限相应顺延，乙方不承担违约责任。
4. 甲方应妥善保管系统账号和密码。因甲方人员操作不当造成的损失，由甲方自行承担。

## 第十二条 实施内容说明

1. 基础数据初始化包括：仓库、库区、库位编码，蛋品原料及成品物料档案，供应商及客户档案，包装规格与批次规则。
2. 腌制周期管理模块按甲方提供的工艺参数设置入缸、出缸、翻缸提醒，并记录每缸原料批次与出缸批次的对应关系。
3. 培训包括管理员培训和仓库操作员培训各一次，每次不超过一个工作日，乙方提供电子版操作手册。甲方需增加培训的，按乙方人天单价另行收费，差旅费用由甲方承担。
4. 超出本合同约定范围的需求变更，按乙方人天单价另行收费，乙方人天单价为2,800元。
5. 与用友ERP的接口包括物料档案、采购入库单、销售出库单和库存余额的同步，接口方式以乙方接口规范为准。
6. 系统支持先进先出及按腌制批次指定出库两种策略，出库策略由甲方管理员在系统中设置。
7. 系统支持PDA扫码入库、上架、拣货、盘点和出库复核，条码规则由乙方根据甲方现有包装标识设计。
8. 系统提供库存台账、批次追溯、库龄分析、出入库汇总和盘点差异等标准报表，甲方需要的其他报表按需求变更处理。
9. 乙方在系统上线前对甲方提供的期初库存数据进行导入，甲方负责期初数据的准确性。
10. 乙方实施人员原则上以远程方式工作，确需到甲方现场的，由双方另行商定时间，现场工作时间计入实施人天。
11. 系统的服务器操作系统、数据库软件由甲方自行采购并负责授权，乙方提供安装配置指导。

## 第十三条 通知

双方往来通知以书面形式送达本合同载明的地址，或发送至双方指定的电子邮箱，发出即视为送达。

## 第十四条 附件

1. 附件一：需求确认书；
2. 附件二：系统功能清单；
3. 附件三：上线确认单（格式）。

附件的内容与合同正文不一致的，以合同正文为准。

## 第十五条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十六条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

1. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
2. 本合同附件为本合同不可分割的组成部分。

甲方（盖章）：高邮湖鲜蛋品有限公司
授权代表：＿＿＿＿＿＿　日期：＿＿＿＿＿＿

乙方（盖章）：苏州仓云软件有限公司
授权代表：＿＿＿＿＿＿　日期：＿＿＿＿＿＿
"""

H448E01 = """T:Software Licence and Services Agreement
P:Agreement No. GMS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Gulfline Maintenance Systems, Inc., a Florida corporation with its principal office at 4100 West Kennedy Boulevard, Tampa, Florida 33609, USA (the "Vendor"), and Shandong Yuanmu Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tai'an, Shandong Province (the "Customer").
P:Recitals. The Customer operates three dairy processing plants and two collection centres and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor licenses the Gulfline CMMS software and provides implementation services. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Gulfline CMMS server software, named user clients and mobile technician application in the version current at signature, with its documentation.
P:1.2 "Custom Deliverables" means the work products created by the Vendor specifically for the Customer under this Agreement, including the SAP interface, plant-specific work-order templates, report layouts, configuration files and migration scripts.
P:1.3 "Go-Live" means the first day on which all three plants use the Software for live work orders.
P:1.4 "Final Acceptance" means the Customer's written signature of the acceptance certificate under Article 5.
P:1.5 "Customer Data" means all data entered into, generated by or migrated into the Software by or for the Customer, including asset registers, maintenance histories, spare-part records and personal information of employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's sites in the People's Republic of China for its internal business purposes, for the numbers of users set out in Article 3.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery.
P:2.3 The Software remains the property of the Vendor and its licensors.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,280,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Enterprise server licence, perpetual|1|486,000|486,000
TB:Named user licences, perpetual|120|2,150|258,000
TB:Mobile technician licences, perpetual|60|1,900|114,000
TB:Licence Subtotal|||858,000
TB:Implementation and configuration|1|312,000|312,000
TB:Data migration (about 9,400 assets)|1|74,000|74,000
TB:Training (administrators and technicians)|1|36,000|36,000
TB:Total Contract Price|||1,280,000
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 256,000) within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 576,000) within 30 days after Go-Live.
P:4.3 35% of the Contract Price (CNY 448,000) within 30 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer to the Vendor's account stated on the invoice. The Vendor bears its own bank charges.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature, following the project plan agreed at the kick-off meeting.
P:5.2 Acceptance tests are carried out by the Customer with the Vendor's support, using test scripts agreed in the project plan. The acceptance criteria are: (a) all test scripts for work orders, preventive maintenance plans, spare-part inventory and reporting pass without a Severity 1 or Severity 2 defect; (b) pages load within 2 seconds with 150 concurrent users; (c) the SAP interface transfers spare-part issues and cost postings for 10 consecutive business days with no difference in a daily reconciliation; (d) migrated asset records are reconciled with the source registers; and (e) the Software runs in production for 20 consecutive business days without a Severity 1 defect.
P:5.3 When all criteria are met the Customer signs the acceptance certificate. Go-Live, use of the Software in production or any payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the agreed specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor provides corrections, updates, new releases and technical support free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to a Severity 1 incident (the Software is unavailable at a plant or work orders cannot be created) within 1 hour, and provide a workaround within 8 hours. Severity 2 incidents receive a response within 2 hours; Severity 3 incidents within one business day.
P:6.3 For each hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may buy Annual Support for successive Support Years. The Annual Support fee is 13.5% of the Licence Subtotal, that is CNY 115,830 per Support Year, and it will not be increased during the first three Support Years. Each Support Year is ordered by a separate purchase order; Annual Support does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:7.2 Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 8 Intellectual Property
P:8.1 The Software, including all modifications made by the Vendor to the standard product, remains the Vendor's property, licensed under Article 2.
P:8.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not keep any copy after completing a task.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN, with named accounts approved for each session, and shall comply with the PRC Personal Information Protection Law and Data Security Law. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall cooperate in remedying it, and shall be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public business and technical information received from the other party and shall use it only for the purposes of this Agreement.
P:10.2 This Article survives termination of the Agreement for three years.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limitation does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Article 9.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:13.2 The Customer may also terminate if the liquidated damages under Article 7 reach their maximum. In that case the Vendor shall refund the amounts paid for the parts of the work that the Customer cannot use.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Florida, USA, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Tampa, Florida, and the language of the arbitration is English.
H:Article 14A Project Management
P:Each party appoints a project manager. The Vendor's project manager attends a weekly progress meeting, by video or on site, and reports progress, risks and open issues in writing after each meeting.
H:Article 15 General
P:15.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. This Agreement is made in English; a Chinese translation is for convenience only.
P:Signed for Gulfline Maintenance Systems, Inc.: ____________________ Name, title and date: ____________________
P:Signed for Shandong Yuanmu Dairy Co., Ltd.: ____________________ Name, title and date: ____________________
"""

H448E02 = """# LearnPath Order Form No. LP-CN-2026-0087

**Vendor:** LearnPath Software, Inc., 2500 Old Milton Parkway, Alpharetta, Georgia 30009, USA ("LearnPath")

**Customer:** Chengdu Hongxiang Catering Management Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

**Effective Date:** the date of the last signature below

This Order Form and the LearnPath General Terms attached to it (together, the "Agreement") set out the terms on which Customer subscribes to the LearnPath learning platform for the staff of its 210 hotpot restaurants, central kitchens and regional offices. If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A - Order Form

### Section A.1 Services

A.1.1 Subscription Service: LearnPath Enterprise, a hosted learning management platform with mobile learning app, course builder, assessments, certifications and reporting, for up to 6,000 Active Learners.

A.1.2 Food-Safety Content Library: LearnPath's library of food-safety, hygiene and kitchen-safety courses in simplified Chinese.

A.1.3 Onboarding Services: single sign-on with Customer's WeCom directory, a daily employee synchronisation with Customer's HR system, migration of 40 existing in-house courses with their completion records, and administrator training.

### Section A.2 Subscription Term

A.2.1 The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance (Section B.3.3).

A.2.2 The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### Section A.3 Fees

All fees are in Chinese yuan (CNY), at Customer's request, and include applicable taxes.

| Item | Basis | Fee (CNY) |
|---|---|---|
| LearnPath Enterprise subscription | per Subscription Year, up to 6,000 Active Learners | 318,000 |
| Food-Safety Content Library | per Subscription Year | 54,000 |
| Subscription fees, two Subscription Years | 2 x 372,000 | 744,000 |
| Onboarding Services | one-time, fixed | 86,000 |
| Total Contract Value | | 830,000 |

Additional Active Learners above 6,000 may be added by a further Order Form at the same per-learner rate.

### Section A.4 Invoicing and Payment

A.4.1 The Onboarding Services fee is invoiced on Onboarding Acceptance.

A.4.2 Subscription fees are invoiced quarterly in arrears, CNY 93,000 per quarter, at the end of each quarter of the Subscription Term.

A.4.3 No fee is payable before Onboarding Acceptance. Customer pays each correct invoice within 30 days of receipt.

### Section A.5 Hosting

The Subscription Service is hosted for Customer in the Alibaba Cloud Chengdu region. Alibaba Cloud is approved by Customer as LearnPath's hosting provider by signature of this Order Form.

## Part B - General Terms

### Section B.1 Use of the Service

B.1.1 LearnPath grants Customer and its Active Learners a non-exclusive right to access and use the Subscription Service during the Subscription Term for Customer's internal training purposes.

B.1.2 Customer is responsible for the accounts of its administrators and shall not resell the Subscription Service.

### Section B.2 Service Levels

B.2.1 LearnPath shall make the Subscription Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days ahead and performed between 01:00 and 05:00 China Standard Time.

B.2.2 Priority 1 incidents (the Subscription Service is unavailable or learners cannot log in) receive a response within 30 minutes, at any time, and are worked on continuously until restored. Priority 2 incidents receive a response within 2 hours during business hours, and Priority 3 incidents within one business day.

B.2.3 If availability in a month falls below the commitment in B.2.1, LearnPath shall credit Customer 5% of that month's subscription fees for each started 0.1 percentage point of shortfall, up to 20% of that month's fees. For each Priority 1 response that is late, LearnPath shall credit CNY 1,000. Credits are deducted from the next invoice.

### Section B.3 Onboarding and Acceptance

B.3.1 LearnPath shall complete the Onboarding Services within 60 days after the Effective Date.

B.3.2 Onboarding Acceptance criteria: (a) single sign-on works for users of all 210 restaurants in a test of 300 accounts; (b) the HR synchronisation runs for 7 consecutive days with no unreconciled difference; (c) the 40 migrated courses and their completion records match the source system; and (d) a pilot with 5 restaurants completes without a Priority 1 incident.

B.3.3 Customer signs the Onboarding Acceptance certificate within 5 business days after the criteria are met. Use of the platform by the pilot restaurants is not acceptance.

B.3.4 If LearnPath does not complete the Onboarding Services by the date in B.3.1 for reasons attributable to it, LearnPath shall pay Customer CNY 600 for each day of delay.

### Section B.4 Customer Data

B.4.1 Customer Data means all data that Customer or its learners enter into or generate in the Subscription Service, including employee names, job roles, learning records and assessment results. As between the parties, Customer owns Customer Data.

B.4.2 LearnPath may use Customer Data to provide the Subscription Service. In addition, Customer grants LearnPath a perpetual right to use Customer Data in aggregated and de-identified form to improve its products, train its course-recommendation models and publish industry benchmarks, during and after the Subscription Term.

B.4.3 Within 30 days after the end of the Subscription Term, LearnPath shall make Customer Data available for export in CSV format and then delete it from the Subscription Service.

### Section B.5 Data Security

B.5.1 LearnPath shall store Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months and maintain an MLPS level-3 filing for the Subscription Service.

B.5.2 LearnPath shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all steps needed to contain it, and shall be liable for the losses Customer suffers from an incident caused by LearnPath or its hosting provider.

### Section B.6 Confidentiality

B.6.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, use it only to perform this Agreement and disclose it only to its employees and advisers who need to know it.

B.6.2 These obligations continue for three years after the end of the Agreement.

### Section B.7 Intellectual Property

B.7.1 LearnPath owns the Subscription Service, the Content Library and all improvements to them.

B.7.2 Courses, assessments and other materials created by Customer, or created by LearnPath for Customer during the Onboarding Services, including the migrated in-house courses, belong to Customer. Customer may use, modify and license them freely, also outside the Subscription Service.

### Section B.8 Limitation of Liability

B.8.1 Neither party is liable for indirect or consequential loss or loss of profit.

B.8.2 LearnPath's total liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

### Section B.9 Subcontracting

LearnPath shall not subcontract any of its obligations without Customer's prior written consent, except for the hosting provider approved in Section A.5. LearnPath remains responsible for its subcontractors.

### Section B.10 Termination

B.10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not cured within 30 days after written notice.

B.10.2 On termination by Customer for LearnPath's breach, LearnPath refunds any fees paid for the period after termination.

### Section B.11 Governing Law and Disputes

At Customer's request, this Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

### Section B.12 Customer Responsibilities

B.12.1 Customer shall nominate a project lead for onboarding, provide the WeCom and HR-system access needed for the integrations, and supply the 40 in-house courses in their current format.

B.12.2 Customer is responsible for the accuracy of the employee records it provides and for making sure that its administrators assign learners to the correct restaurants and roles.

B.12.3 Customer shall inform its employees, as required by the Personal Information Protection Law, that their learning records are processed in the Subscription Service.

### Section B.13 Support and Customer Success

B.13.1 LearnPath provides support in Chinese by telephone, e-mail and WeCom, with a Priority 1 hotline available at all times.

B.13.2 LearnPath assigns a named customer success manager who holds a quarterly review with Customer covering usage, completion rates, support tickets and planned releases.

B.13.3 LearnPath provides Customer with a sandbox environment during the Subscription Term for testing new courses and settings before release to learners.

B.13.4 LearnPath announces new releases at least seven days in advance and shall not remove a feature that Customer uses without offering an equivalent feature.

### Section B.14 General

This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

**Signed for LearnPath Software, Inc.:** ____________________ Name / Title / Date

**Signed for Chengdu Hongxiang Catering Management Co., Ltd.:** ____________________ Name / Title / Date
"""

H448E03 = """T:Supply and Installation Contract for a Cold-Chain Warehouse Monitoring System
P:Contract No. KXL-CG-2026-022
P:Buyer: Kunshan Xinlian Cold Chain Logistics Co., Ltd., No. 88 Qianjin East Road, Kunshan, Jiangsu Province, People's Republic of China (the "Buyer")
P:Supplier: NorthStar Sensing Inc., 7500 Flying Cloud Drive, Eden Prairie, Minnesota 55344, USA (the "Supplier")
P:The Buyer operates a cold-chain warehouse with 26 cold rooms, 4 freezer halls and 18 loading docks. Following its request for quotation of March 2026, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. The parties agree as follows, on the Buyer's standard contract terms.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, meters, monitoring software licence and all related items listed in Clause 2, installed and configured at the Buyer's warehouse.
P:1.2 "Installation Certificate" means the Buyer's signed note that the System has been installed; it does not constitute acceptance.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under Clause 5.
P:1.4 "Buyer Data" means all readings, alarm records, user records and reports produced by or stored in the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System, carry out a temperature mapping study of each cold room and freezer hall, integrate the System with the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 933,000, fixed, including taxes, delivery to site, installation and training, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|420|780|327,600
TB:2|Door-open sensors|96|460|44,160
TB:3|Wireless gateways|14|9,800|137,200
TB:4|Refrigeration energy meters|28|3,900|109,200
TB:5|Monitoring software, perpetual site licence|1|196,000|196,000
TB:|Hardware and Licence Subtotal|||814,160
TB:6|Installation, calibration and mapping study|1|96,840|96,840
TB:7|Training|1|22,000|22,000
TB:|Contract Price|||933,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 93,300) as an advance payment within 15 business days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 513,150) within 30 days after the Installation Certificate.
P:3.3 35% of the Contract Price (CNY 326,550) within 30 days after Final Acceptance.
P:3.4 The Supplier shall issue a valid VAT invoice for each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 45 days after signature and complete installation within a further 30 days. Work in cold rooms shall follow the Buyer's site rules and shall not interrupt warehouse operations.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) each sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference at two test points, with calibration certificates traceable to a national standard; (b) each sensor delivers at least 998 of every 1,000 scheduled readings during the test run; (c) a simulated high-temperature event raises an alarm on the dashboard and by SMS within 60 seconds; (d) readings appear correctly in the warehouse management system; (e) the mapping study report is approved by the Buyer's quality manager; and (f) the System runs for 14 consecutive days without a Severity 1 incident.
P:5.2 When the criteria are met the Buyer signs the Final Acceptance certificate. Installation, use of the System or payment is not acceptance. Failed tests are repeated at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier repairs or replaces faulty items free of charge, including sensor batteries, and provides software updates.
P:6.2 Incident response during the warranty period:
TB:Severity|Description|Response|Restoration
TB:1|Alarms not delivered, or a gateway or the software is down|30 minutes|8 hours
TB:2|Individual sensors or meters faulty|2 hours|2 business days
TB:3|Questions and minor defects|1 business day|next release
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 800.
P:6.4 After the warranty period, the Buyer may order annual support at 8% of the Hardware and Licence Subtotal (CNY 65,132.80 per year), fixed for the two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer and is stored on the Buyer's own servers. The Supplier shall use it only to perform this Contract.
P:7.2 Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN and named accounts. The Supplier shall not copy Buyer Data outside the Buyer's systems and shall follow the Buyer's information security rules and the PRC Data Security Law.
P:7.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and shall be liable for all losses caused by an incident attributable to the Supplier.
H:8. Confidentiality
P:Each party shall keep confidential all information received from the other party under this Contract, including the Buyer's customer names, storage volumes and warehouse layout, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:9. Intellectual Property
P:9.1 The monitoring software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:9.2 Dashboards, reports, alarm rules and the interface to the warehouse management system developed for the Buyer, including their source code, belong to the Buyer. The Buyer may modify and license them freely.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 7 and 8.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for its approved subcontractors.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum.
H:12A. Site Rules, Safety and Insurance
P:12A.1 The Supplier's staff shall follow the Buyer's site rules, including rules for work in cold rooms below minus 18 degrees Celsius, and shall wear the protective clothing the Buyer requires. Work in cold rooms is limited to shifts agreed with the Buyer's warehouse manager.
P:12A.2 The Supplier shall not move or open pallets, shall not block loading docks and shall keep cold-room doors closed outside the agreed installation windows.
P:12A.3 The Supplier shall hold public liability insurance covering its work at the site and shall show the policy to the Buyer before installation starts.
H:12B. Documentation and Training
P:12B.1 The Supplier shall deliver, in Chinese and English, the installation drawings showing the position of each sensor and gateway, the calibration certificates, the mapping study report, the user manual and the administrator manual.
P:12B.2 Training covers dashboard use, alarm handling, sensor replacement, battery changes and report generation, for at least 20 of the Buyer's staff in two sessions, and ends with a short practical test.
H:12C. Spare Parts and Batteries
P:12C.1 The Supplier shall deliver with the System a stock of spare parts kept at the Buyer's site: 12 temperature and humidity sensors, 4 door-open sensors and 1 gateway, included in the Contract Price. Spare parts used during the warranty period are replaced by the Supplier free of charge.
P:12C.2 The Supplier shall keep spare parts and replacement batteries for the sensors, gateways and meters available for purchase for at least seven years after Final Acceptance, at prices not higher than its list prices at signature.
P:12C.3 The dashboard shall show the battery level of each sensor, and the Supplier shall notify the Buyer when batteries need replacement.
H:12D. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Time for performance is extended by the period of the force majeure, and the parties shall consult on how to continue the work.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:14. General
P:14.1 This Contract is made in English and Chinese; both versions have equal effect.
P:14.2 Annex 1: Technical specification. Annex 2: Installation plan. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

H448E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. WMI-XM-2026-05

**Provider:** Wasatch Managed IT, LLC, 3300 North Ashton Boulevard, Lehi, Utah 84043, USA ("Provider")

**Customer:** Xiamen Haiyue Hotel Management Co., Ltd., Siming District, Xiamen, Fujian Province, People's Republic of China ("Customer")

Customer manages 34 mid-scale hotels in Fujian and Guangdong. Customer wishes to outsource its IT service desk and the management of its hotel office computers, front-desk terminals and back-office servers to Provider. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Start Date" means the day after Service Acceptance.

1.3 "Monthly Recurring Charge" or "MRC" means the fixed monthly charge in Schedule 2.

1.4 "Customer Data" means all data of Customer, its hotels, guests and employees that Provider handles in performing the Services.

## 2. TERM

2.1 The initial term is 36 months from the Service Start Date.

2.2 This Agreement ends at the end of the initial term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. SERVICES AND ONBOARDING

3.1 Provider shall perform the Services in Schedule 1 for all 34 hotels and the head office.

3.2 Provider shall complete onboarding within 75 days after signature. Onboarding includes discovery of all devices, installation of Provider's management agents, migration of the existing ticket history, set-up of the bilingual service desk and preparation of runbooks for each hotel.

3.3 If Provider does not achieve Service Acceptance by the date in Clause 3.2 for reasons attributable to it, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 90,000.

## 4. SERVICE ACCEPTANCE

4.1 The Service Acceptance criteria are: (a) at least 98% of the devices in the agreed inventory report to the management platform; (b) runbooks for every hotel are approved by Customer's IT manager; (c) a parallel run of 20 days in which Provider handles all tickets meets the response times in Schedule 3; and (d) the ticket history is migrated and searchable.

4.2 Customer issues a Service Acceptance certificate within 5 business days after the criteria are met. Use of the service desk during the parallel run is not acceptance.

## 5. CHARGES AND PAYMENT

5.1 The charges are set out in Schedule 2. At Customer's request they are stated and paid in Chinese yuan (CNY) and include taxes.

5.2 The onboarding charge is invoiced on Service Acceptance. The MRC is invoiced monthly in arrears. Nothing is payable before Service Acceptance.

5.3 Customer pays each correct invoice within 30 days of receipt.

5.4 The charges are fixed for the initial term. Devices added or removed beyond a 10% variation of the inventory are charged or credited at the unit rates in Schedule 2.

## 6. SERVICE LEVELS

6.1 Provider shall meet the service levels in Schedule 3 and report on them monthly.

6.2 If Provider misses a service level in a month, Customer receives the service credits set out in Schedule 3, deducted from the next invoice.

## 7. CUSTOMER DATA

7.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services.

7.2 At the end of this Agreement Provider shall return Customer Data to Customer in a usable format.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public business information of the other party received under this Agreement and shall not disclose it to any third party without the other party's prior written consent.

8.2 This obligation continues for three years after the end of this Agreement.

## 9. INTELLECTUAL PROPERTY

9.1 Provider's management platform, tools and agents remain Provider's property. Customer may use them during the term.

9.2 Runbooks, scripts, configuration baselines and knowledge-base articles prepared for Customer belong to Customer. Customer may use, modify and give them to any successor provider.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 Provider shall assign a named service delivery manager who speaks Mandarin and visits the head office at least once a month.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the initial term.

11.2 Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 response level in three consecutive months.

12.2 On termination or expiry Provider shall cooperate for up to 60 days in the transfer of the Services to Customer or a new provider.

## 12A. PROVIDER STAFF AND HOTEL RULES

12A.1 Provider's engineers visiting hotels shall follow the hotel's rules for staff areas, wear Provider identification, and avoid guest areas unless a ticket requires it.

12A.2 Provider shall give Customer a list of the engineers who have administrator access to Customer's systems and shall update it when an engineer joins or leaves the team. Customer may ask Provider to remove an engineer from the account for good reason.

## 12B. GOVERNANCE

12B.1 Provider's service delivery manager and Customer's IT manager meet monthly to review the service report, open problems and planned changes.

12B.2 A quarterly review, attended by a Provider director, covers service-level performance, customer satisfaction survey results from hotel staff, and improvement proposals.

12B.3 Changes to Schedule 1 are agreed through a written change request signed by both parties, stating any change to the charges.

## 12C. EXIT ASSISTANCE

12C.1 At least 90 days before the end of the initial term, Provider shall deliver an exit plan listing the runbooks, scripts, configuration baselines, device inventory and open tickets to be handed over.

12C.2 During the exit period Provider shall answer questions from Customer or a new provider, remove its management agents when asked, and hand over the administrator credentials it holds, without extra charge for up to 60 days.

12C.3 Provider shall keep the device inventory and the knowledge base up to date during the term, so that they can be handed over at any time at Customer's request.

## 12D. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, floods or a general power failure, provided it informs the other party promptly and takes reasonable steps to resume performance.

## 13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 14. GENERAL

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing.

## SCHEDULE 1 - SERVICES

| Service | Scope |
|---|---|
| Service desk | Bilingual telephone, e-mail and WeChat service desk for hotel and head-office staff, 24 hours a day, every day |
| Endpoint management | Patching, software deployment and antivirus management for about 1,150 office computers and front-desk terminals |
| Server management | Monitoring, patching and backup checks for 41 back-office servers in the hotels |
| On-site support | Dispatch of engineers to hotels in Xiamen, Fuzhou, Quanzhou, Guangzhou and Shenzhen |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 118,000 |
| Monthly Recurring Charge | per month, 34 hotels and head office | 64,000 |
| MRC over the initial term | 36 x 64,000 | 2,304,000 |
| Total charges for the initial term | onboarding plus MRC | 2,422,000 |
| Additional device | per device per month | 45 |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| Priority 1 | Front desk cannot check guests in or out, or a hotel's servers are down | 6 hours | 12 hours |
| Priority 2 | A department of one hotel cannot work | 8 hours | 2 business days |
| Priority 3 | A single user or device is affected | next business day | 5 business days |

| Service level missed in a month | Service credit |
|---|---|
| Priority 1 response or resolution | 3% of the MRC per missed incident |
| Priority 2 response | 1% of the MRC per missed incident |
| Monthly report late by more than 5 business days | 1% of the MRC |

Service credits in a month are limited to 20% of that month's MRC.

**Signed for Wasatch Managed IT, LLC:** ____________________ Name / Title / Date

**Signed for Xiamen Haiyue Hotel Management Co., Ltd.:** ____________________ Name / Title / Date
"""

H448E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MMD-NB-2026-113

This Data API Subscription Agreement (the "Agreement") is made between:

Meridian Maritime Data, Inc., a New Jersey corporation, 100 Overlook Center, Princeton, New Jersey 08540, USA ("Meridian"); and

Ningbo Haitong International Freight Forwarding Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

Background: Meridian provides vessel positions, port calls, schedules and estimated arrival times through a data API. Customer, a freight forwarder, wishes to show vessel tracking and arrival estimates to its own staff and shippers in its transport management system (the "TMS"). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Meridian's vessel data application programming interface and the data delivered through it.

1.2 "Subscription Year" means the period from the Subscription Start Date, or from an anniversary of it, to the day before the next anniversary.

1.3 "Subscription Start Date" means the date of Connector Acceptance under Clause 5.

1.4 "Connector" means the software that Meridian builds for Customer to bring API data into the TMS.

1.5 "Customer Data" means the vessel watchlists, shipment references, bookings, user accounts and query logs that Customer or its users send to or create in the API.

2. SUBSCRIPTION

2.1 Meridian grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use and display the data in the TMS and in reports to its shippers.

2.2 The Professional tier includes up to 2,000,000 API calls per month. Calls above that volume are charged at CNY 0.02 per call, invoiced monthly in arrears.

2.3 The Subscription Term is two Subscription Years from the Subscription Start Date. It may be renewed only by a written agreement signed by both parties; it does not renew automatically.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are in Chinese yuan (CNY), including taxes:

   Item                                        Basis                     Fee (CNY)
   Professional API subscription               per Subscription Year       268,000
   Subscription fees, two Subscription Years   2 x 268,000                 536,000
   Connector development                        one-time, fixed              42,000
   Total contract value                                                    578,000

3.2 Subscription fees are invoiced quarterly in arrears, CNY 67,000 per quarter. The Connector fee is invoiced on Connector Acceptance.

3.3 Customer pays each correct invoice within 30 days of receipt. Nothing is payable before Connector Acceptance.

4. CONNECTOR

4.1 Meridian shall build the Connector within 40 days after signature. It maps 18 API fields to the TMS shipment record, refreshes positions every 15 minutes for vessels on Customer's watchlist and writes arrival estimates to the shipment milestones.

4.2 Customer provides a TMS test environment and a technical contact.

5. ACCEPTANCE

5.1 The Connector is accepted when: (a) 10,000 test records are loaded into the TMS test environment and reconciled with the API responses without error; (b) positions for a watchlist of 500 vessels refresh within the interval in Clause 4.1 for 5 consecutive days; (c) error handling and retry work in a test in which the API is disconnected; and (d) the documentation and source code are delivered.

5.2 Customer signs a Connector Acceptance certificate within 5 business days after the criteria are met. Use of the Connector before that date is not acceptance.

6. SERVICE LEVELS

6.1 Meridian targets an API availability of 99.95% in each calendar month, excluding maintenance announced three days in advance.

6.2 Severity 1 incidents (the API is unavailable or returns no data) receive a response within 1 hour, at any time; Severity 2 incidents (delayed or incomplete data) within 3 hours; other requests within one business day.

6.3 Meridian reports availability and incidents to Customer monthly. These service levels are targets. No service credits, fee reductions or other compensation apply if they are missed.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Meridian processes it only to provide the API and the Connector and does not use it for any other purpose, in identifiable, aggregated or de-identified form.

7.2 Meridian shall keep Customer Data encrypted in transit and at rest, restrict access to named engineers, protect API keys, keep access logs and store Customer Data in a data centre in mainland China. Meridian shall comply with the PRC Data Security Law and the Personal Information Protection Law.

7.3 Meridian shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take the measures needed to contain it, and shall be liable for the losses Customer suffers from an incident caused by Meridian.

7.4 At the end of the Subscription Term Meridian shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The API, Meridian's data, databases and models remain the property of Meridian and its data sources.

8.2 The Connector, including its source code and documentation, belongs to Customer from delivery. Customer may use, modify and license it freely and may have it maintained by third parties.

8.3 Customer may keep data displayed in its TMS shipment records after the end of the Subscription Term for its business records.

8A. CUSTOMER OBLIGATIONS

8A.1 Customer shall keep its API keys secret within its organisation, use them only from its own systems and tell Meridian without delay if a key may have been exposed, so that Meridian can replace it.

8A.2 Customer shall not resell the API data as a data feed, shall not use it to build a competing vessel-tracking service, and shall show the attribution "Vessel data: Meridian Maritime Data" in screens that display positions.

8A.3 Customer is responsible for its users' compliance with this Agreement and for the use it makes of arrival estimates in its dealings with shippers.

8B. DATA QUALITY

8B.1 Meridian collects vessel positions from terrestrial and satellite receivers and from port sources, and updates them continuously. Coverage, latency and accuracy differ by area and by vessel.

8B.2 Meridian shall correct errors in port-call records that Customer reports within two business days and shall publish in its documentation the methods it uses to calculate arrival estimates.

8B.3 Meridian shall give Customer at least 90 days' notice of any change to the API that is not backward-compatible, and shall keep the previous API version available during that period so that the Connector can be updated.

8C. SUPPORT

8C.1 Meridian provides technical support in English and Chinese by e-mail and through its support portal, and a telephone line for Severity 1 incidents at all times.

8C.2 During the Subscription Term Meridian maintains the Connector free of charge, including changes needed because of changes to the API.

8C.3 Meridian assigns an account manager who meets Customer's IT team each quarter to review usage, incidents and planned API changes.

8C.4 Meridian provides Customer with a test API key and a sandbox with sample data for development and testing, free of charge and without counting towards the call volume.

8D. TRAINING AND DOCUMENTATION

8D.1 Meridian shall provide online API documentation, code samples for the programming languages used by Customer and a user guide for the vessel tracking screens in the TMS.

8D.2 Meridian shall hold two training sessions for Customer's developers and operations staff before Connector Acceptance, one on API use and one on interpreting positions, port calls and arrival estimates.

8D.3 Meridian shall inform Customer of new data products and API features as they become available. Customer is not obliged to buy them.

8E. FORCE MAJEURE

A party is excused from performance to the extent it is prevented by events beyond its reasonable control, such as natural disasters or a failure of public networks, provided it informs the other party promptly and resumes performance as soon as possible.

9. SUBCONTRACTING

Meridian shall not subcontract the Connector development or the hosting of the API for Customer without Customer's prior written consent.

10. LIABILITY

10.1 Meridian's total liability under this Agreement is limited to 200% of the total contract value.

10.2 Neither party is liable for indirect loss or loss of profit.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.2 On termination by Customer for Meridian's breach, Meridian refunds any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

13.2 Notices shall be given by e-mail and courier to the addresses above.

Signed for Meridian Maritime Data, Inc.: ____________________ Name / Title / Date

Signed for Ningbo Haitong International Freight Forwarding Co., Ltd.: ____________________ Name / Title / Date
"""

SOURCES = {"z01": H448Z01, "z02": H448Z02, "z03": H448Z03, "z04": H448Z04, "z05": H448Z05,
           "e01": H448E01, "e02": H448E02, "e03": H448E03, "e04": H448E04, "e05": H448E05}
FILES = {"z01": "h448z01_gig_market_platform_licence_custom_dev.pdf",
         "z02": "h448z02_ceramic_roller_kiln_control_retrofit.docx",
         "z03": "h448z03_music_school_chain_scheduling_saas.txt",
         "z04": "h448z04_sasac_supervision_system_annual_om.txt",
         "z05": "h448z05_salted_egg_wms_supplier_template.md",
         "e01": "h448e01_dairy_cmms_licence_florida_vendor.pdf",
         "e02": "h448e02_restaurant_lms_saas_order_form.md",
         "e03": "h448e03_cold_chain_sensor_monitoring_supply.docx",
         "e04": "h448e04_hotel_group_managed_it_service.md",
         "e05": "h448e05_vessel_tracking_data_api_subscription.txt"}

T = dict  # expected_terms in the corpus key order


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 10,
                                    False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1350000)),
    "z02": ("zh", "hardware", terms(None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 28,
                                    False, True, True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1740000)),
    "z03": ("zh", "cloud", terms(99.5, 0.5, True, "buyer", True, True, True, 800 / 938400 * 100, 150, None, True, None,
                                 None, None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=938400)),
    "z04": ("zh", "services", terms(99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                    None, False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000)),
    "z05": ("zh", "software", terms(None, None, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6,
                                    None, False, True, None, None, G),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=690000)),
    "e01": ("en", "software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13.5,
                                    False, True, False, "Florida", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1280000)),
    "e02": ("en", "cloud", terms(99.95, 0.5, True, "buyer", True, False, True, 600 / 830000 * 100, 6 / 24 * 100, None,
                                 True, None, None, None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=830000)),
    "e03": ("en", "hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8,
                                    False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=933000)),
    "e04": ("en", "services", terms(None, 6, True, "buyer", False, True, True, 1500 / 2422000 * 100, 150, None, True,
                                    None, None, None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2422000)),
    "e05": ("en", "cloud", terms(99.95, 1, False, "buyer", True, True, False, None, 200, None, True, None, None, None,
                                 False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=578000)),
}
# design facts that are not label keys: TCO fee base (itemised licence/hardware subtotal) and a forum outside mainland
FEE_BASE = {"z01": 620000, "z02": 1470000, "e01": 858000, "e03": 814160}
FOREIGN_FORUM = {"e01"}
DESIGN = {
    "z01": [], "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"], "e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key, t, x):
    """My own reading of policy.md §3 (not project code)."""
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
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")


# ---- threshold figures: labels and texts ----
LABEL_THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}
ND = r"(?<![\d.])"
CN = "零一二两三四五六七八九十百千万"
PATTERNS = [
    ND + r"99\.9(?!\d)", r"百分之九十九点九(?![0-9一二三四五六七八九])",
    ND + r"4\s*(?:小时|个小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![" + CN + r"])四\s*(?:个)?小时", r"(?i)\bfour[\s-]hours?",
    ND + r"240\s*(?:分钟|minutes?)",
    ND + r"0\.05(?!\d)\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![0-9零一二三四五六七八九十])",
    ND + r"100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百", r"(?i)one\s+hundred\s+per\s*cent",
    ND + r"30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?i)thirty\s+per\s*cent",
    ND + r"12\s*(?:个月|months?\b|-month)", r"(?<![" + CN + r"])十二\s*个月", r"(?i)\btwelve[\s-]+(?:calendar\s+)?months?",
    r"(?<![" + CN + r"每第])一\s*年(?!度|级)", r"第一年", r"(?i)\bone[\s-]+year\b", ND + r"1\s*(?:年(?!度)|years?\b|-year)",
    ND + r"15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![一二三四五六七八九])", r"(?i)fifteen\s+per\s*cent",
    ND + r"40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"(?i)forty\s+per\s*cent",
    ND + r"5\s*(?:年(?!度)|years?\b|-year)", r"(?<![" + CN + r"])五\s*年(?!度)", r"(?i)\bfive[\s-]+years?\b",
    ND + r"60\s*(?:个月|months?\b|-month)", r"六十个月", r"(?i)\bsixty\s+months?",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "百分之四十"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "每一年度",
             "14 hours", "24 hours", "0.055%", "200%", "2026年12月31日", "140%", "1,150", "45%", "25%",
             "Subscription Year", "三个服务年度", "18个月", "十八个月", "36 months", "5个工作日", "1小时"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for rx in RX:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    bin_targets = {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in FILES if FILES[k].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, name in FILES.items():
        if k not in bin_targets:
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, name in FILES.items():
        lang, cat, t, x = LABELS[k]
        for key, thr in LABEL_THRESHOLDS.items():
            assert t[key] != thr, (k, key)
        share = tco_share(k, t, x) if t["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (k, share)
        rules = my_rules(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        for src in (SOURCES[k], text):
            hits = threshold_hits(src)
            if hits:
                problems.append((k, hits[:5]))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((k, "length", n))
        print(f"{name}: {lang} {n} {'chars' if lang == 'zh' else 'words'} risk={risk(rules)} "
              f"tco={None if share is None else round(share, 2)} rules={rules}")
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    mix = sorted(risk(DESIGN[k]) for k in FILES)
    print("risk mix:", mix)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
