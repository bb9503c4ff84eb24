"""holdout491: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (from any directory)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青禾市农产品质量安全监管平台建设项目政府采购合同
P:合同编号：QHNY-ZC-2025-017　采购项目编号：QHCG2025-0416
P:采购人（甲方）：青禾市农业农村局
P:供应商（乙方）：禾信数科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供农产品质量安全监管平台软件（V3.0）的永久使用许可，并按甲方需求完成定制开发，包括：生产经营主体名录与信用管理、承诺达标合格证开具与核验、快检数据采集、检测机构数据对接、移动执法App、追溯查询小程序和监管驾驶舱。
P:1.2 乙方负责将平台部署于甲方指定的政务云环境，完成与省级农产品质量安全追溯平台、市场监管部门系统的数据接口对接，并对甲方及各乡镇监管站人员进行培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000），含税，包括软件许可、定制开发、接口对接、部署实施、培训及二十四个月质保期内的全部服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（含移动端、小程序）|720,000
TB:2|定制开发（合格证、快检、执法App、驾驶舱）|548,000
TB:3|接口对接（省追溯平台、市场监管、检测机构）|126,000
TB:4|部署实施及培训|92,000
TB:合计||1,486,000
P:2.2 除上述价款外，甲方不再支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的25%作为预付款，计人民币371,500元。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的50%，计人民币743,000元。
P:3.3 项目通过最终验收后，甲方支付合同总价的25%，计人民币371,500元。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。本项目资金为财政资金，按国库集中支付程序办理。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成平台部署、定制开发和接口对接，并提交初步验收申请。
P:4.2 初步验收通过后平台进入试运行，试运行期为两个月。
H:第五条 验收
P:5.1 初步验收标准：各功能模块按需求规格说明书全部实现；合格证开具、核验全流程测试通过；与省追溯平台的接口连续七日数据交换无差错；500个并发用户下页面平均响应时间不超过3秒。
P:5.2 最终验收标准：试运行期满且期间未发生一级故障；历史数据迁移经甲方抽查核对一致；通过第三方网络安全等级保护测评（第三级）及商用密码应用安全性评估；完整交付源代码、设计文档和操作手册。
P:5.3 验收由甲方组织专家按上述标准进行，并出具书面验收报告。平台上线、试运行或甲方实际使用，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前三日书面告知甲方）。
P:6.2 故障分级响应：一级故障（平台无法访问、合格证无法开具）30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决；三级故障在次个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时扣减人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元，从应付款项或履约保证金中扣除。
H:第七条 质保与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过人民币57,600元），该价格在质保期满后三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件、源代码、接口程序、数据模型及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台软件原有产品的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的主体信息、检测数据、执法记录等全部业务数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，采取加密存储、访问控制和操作日志审计等措施；运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有同类项目经验的项目经理一名，驻场负责项目实施，未经甲方同意不得更换；项目组核心成员应与投标文件一致。
P:15.2 乙方每周向甲方提交项目周报，说明进度、问题及风险；每月参加甲方组织的项目例会。
P:15.3 甲方应指定项目联系人，及时提供需求确认、政务云资源、测试数据和场地条件，并协调省级平台及市场监管部门的接口联调。
H:第十六条 履约保证金
P:乙方应在合同签订后五个工作日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式）。项目最终验收合格后，甲方在十个工作日内无息退还；乙方违约的，甲方可从中扣除违约金及赔偿款。
H:第十七条 不可抗力
P:因地震、洪水等不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或变更合同；不可抗力持续超过六十日的，任何一方可书面通知解除合同。
H:第十八条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾市农业农村局　　乙方（盖章）：禾信数科信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年　月　日
"""

Z02 = """T:压榨车间控制系统改造及维保合同
P:合同编号：NT-JS-2025-0932
P:甲方：南棠糖业有限公司（广西崇左）
P:乙方：桂创自动化工程有限公司
P:鉴于甲方拟在下一榨季开榨前完成压榨车间控制系统改造，乙方具备相应的设计、供货、安装调试能力，双方经友好协商，就该项目订立本合同，共同遵守。
H:一、项目范围
P:（一）乙方负责压榨车间五座压榨机组、撕解机、渗透系统和汁处理工段的控制系统改造，包括PLC控制柜、变频器、各类传感器、工控机及操作站、工业交换机的供货，SCADA监控软件的许可，以及安装、调试和培训。
P:（二）乙方负责编制改造方案，于停榨检修期内完成施工，不得影响甲方正常生产。改造方案经甲方书面确认后方可实施。
P:（三）改造后的系统应实现压榨机组负荷自动调节、渗透水量自动配比、混合汁流量和温度的自动控制，并在中控室集中监视、报警和生成生产报表。
H:二、合同价格
P:（一）本合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），含13%增值税、运输、保险及安装调试费用。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含冗余CPU、I/O模块）|1套|486,000|486,000
TB:2|变频器（压榨机组、输送）|12台|18,500|222,000
TB:3|温度、压力、液位传感器|96个|1,250|120,000
TB:4|工控机及操作站|4台|26,000|104,000
TB:5|工业以太网交换机|8台|9,500|76,000
TB:6|SCADA监控软件永久许可|1套|168,000|168,000
TB:|软硬件小计|||1,176,000
TB:7|安装调试|1项|148,000|148,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:|合计|||1,350,000
H:三、付款方式
P:（一）合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即人民币270,000元。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的55%，即人民币742,500元。到货安装不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即人民币337,500元。
H:四、交付与工期
P:（一）乙方应于合同签订后七十五日内将全部设备运抵甲方压榨车间，并在停榨检修期结束前完成安装调试。
P:（二）逾期交付或逾期完成调试的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
P:（三）乙方所供设备应为原厂全新产品，符合国家及行业标准，随货提供出厂合格证、检验报告和原产地证明；PLC、变频器的品牌和型号应与投标文件一致，未经甲方书面同意不得替换。
P:（四）设备包装应适合长途运输和现场存放，乙方负责卸货、开箱检验并承担运输途中的全部风险。开箱检验时发现数量短缺、型号不符或外观损坏的，乙方应在七日内补齐或更换。
H:五、验收
P:（一）验收标准：全部控制回路投入自动运行；压榨机组负荷控制偏差不超过设定值的±3%；汁处理工段温度控制偏差不超过±1℃；连续带负荷运行七十二小时无停机故障；SCADA画面、报表和报警全部按设计文件实现。
P:（二）乙方提交验收申请后，甲方在五个工作日内组织验收并签署验收报告。试运行或甲方投入生产使用不视为验收合格。
H:六、质保期
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:（二）榨季期间，一级故障（导致压榨线停机的故障）乙方应在30分钟内响应，2小时内派工程师到场；非榨季期间一级故障2小时内响应。乙方每超时1小时，向甲方支付人民币1,000元。
H:七、质保期满后的维保
P:（一）质保期满后，乙方按年度提供维保服务，年度维保费为软硬件小计的10%，即每年人民币117,600元，质保期满后三个服务年度内不上调。
P:（二）维保服务包括榨季前全面检修、榨季中驻厂值守和备品备件供应。维保合同每次签订一个服务年度，不自动续期。
H:八、知识产权
P:乙方为本项目编写的PLC程序、组态画面、报表及控制逻辑文档的知识产权归甲方所有，甲方可自行修改、复制和使用。SCADA软件及设备内嵌软件的知识产权归原权利人所有，甲方享有永久使用许可。
H:九、数据安全
P:（一）控制系统运行数据、工艺参数及生产记录均归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须事先取得甲方书面批准，通过甲方指定的安全接入设备进行并全程记录；乙方不得在控制网络中安装未经甲方同意的软件，应对所供设备进行病毒查杀和漏洞加固。
P:（三）因乙方原因导致控制系统数据泄露、被篡改或遭受网络攻击的，乙方应立即报告甲方并采取补救措施，并承担由此造成的全部损失。
H:十、分包
P:乙方可将电缆敷设、桥架安装等施工工作分包给具有相应资质的单位，但应提前书面通知甲方。乙方对分包单位的工作质量和安全负责。
H:十一、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高等作业须办理作业票。因乙方人员违章作业造成的人身及财产损失，由乙方承担。
H:十二、合同解除
P:乙方交付的设备存在重大质量问题，或逾期超过三十日，或有其他严重违约行为，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:十三、争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十四、技术资料与培训
P:（一）乙方应在最终验收前向甲方移交竣工图纸、电气原理图、PLC程序及组态工程文件的电子版和纸质版、设备说明书、合格证及备品备件清单。
P:（二）乙方应对甲方电气、仪表和操作人员进行培训，培训内容包括系统操作、日常维护、常见故障处理和程序备份恢复，培训时间不少于五个工作日，培训后甲方人员应能独立完成日常操作和一般故障处理。
H:十五、甲方义务
P:（一）甲方应按约定时间提供施工场地、施工用电和停机窗口，并指派专人配合施工及调试。
P:（二）甲方应按约定支付合同价款，及时组织验收。
P:（三）甲方应向乙方提供现有控制系统图纸、工艺流程和主要设备参数，并对提供资料的准确性负责；因资料错误导致返工的，工期相应顺延。
H:十六、不可抗力
P:因不可抗力导致合同不能按期履行的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十七、通知
P:双方的通知应以书面形式送达本合同载明的地址或指定联系人，以电子邮件发送的，发出之日视为送达。一方变更地址或联系人的，应在变更后三日内书面通知对方，否则向原地址发送的通知仍视为有效送达。
H:十八、其他
P:本合同未尽事宜，由双方另行签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造方案、验收大纲。
P:甲方（盖章）：南棠糖业有限公司　　乙方（盖章）：桂创自动化工程有限公司
P:授权代表：＿＿＿＿　　授权代表：＿＿＿＿
P:日期：2025年　月　日
"""

Z03 = """月子中心客户及护理管理SaaS服务及实施合同

合同编号：YX-IT-2025-041
甲方：悦馨母婴健康管理（杭州）有限公司（下设7家月子中心）
乙方：杭州云护软件科技有限公司

鉴于甲方在杭州、宁波、绍兴共经营7家月子中心，拟采用乙方“云护”客户及护理管理SaaS平台，统一管理客户签约、房态、护理记录和膳食服务，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方7家中心提供“云护”SaaS平台订阅服务，包括客户档案与签约管理、房态管理、母婴护理记录、膳食管理、产康预约、会员积分和经营报表模块，以及护理人员移动端。
1.2 乙方提供实施服务：历史客户数据迁移、7家中心的参数配置、与甲方现有财务系统和小程序商城的接口对接、定制经营报表12张，以及各中心护理主管和前台人员的培训。

1.3 乙方为甲方开通总部管理账号和各中心管理账号，用户数量不设上限；平台提供Web端、护理人员App和客户小程序，客户可在小程序查看护理记录、膳食安排和产康预约。
1.4 培训包括：总部管理员培训两日，各中心护理主管、前台及膳食主管培训各一日，并提供操作视频和操作手册。

2. 服务期限
2.1 订阅服务期为三个服务年度，自2025年8月1日起至2028年7月31日止。
2.2 合同期满前四十五日内双方均未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度费用的8%，乙方应在续期生效前书面通知甲方。

3. 费用及支付
3.1 合同总价为人民币1,068,800元，包括：
（1）订阅费：每家中心每服务年度人民币46,800元，7家中心每服务年度合计人民币327,600元，三个服务年度合计人民币982,800元；
（2）实施费：人民币86,000元（一次性）。
3.2 实施费在实施验收合格后十个工作日内一次付清。
3.3 订阅费按季度支付，每季度费用人民币81,900元，于每季度首月十日前支付当季费用。首季订阅费于实施验收合格、平台正式启用后支付。
3.4 乙方收款前开具增值税专用发票。甲方可指定由各中心所属公司分别付款，乙方按付款主体分别开票，但不影响本合同的整体履行，也不改变各方的权利义务。

4. 实施与验收
4.1 乙方应在合同签订后四十日内完成实施工作并提交验收申请。
4.2 验收标准：历史客户数据迁移经逐条抽查核对无误；7家中心配置完成并完成一次全流程演练；财务系统和小程序商城接口连续五日数据同步无差错；定制报表数据与源数据核对一致；培训考核合格率达到95%以上。
4.3 甲方在收到验收申请后五个工作日内组织验收并书面确认。平台上线使用不视为验收合格。
4.4 实施期间，乙方应每周向甲方提交实施进度报告；数据迁移前应提交迁移方案和数据核对规则，经甲方确认后执行，迁移完成后出具数据核对报告。
4.5 乙方逾期完成实施的，每逾期一日向甲方支付违约金人民币800元。

5. 服务水平
5.1 平台月可用率不低于99.5%。
5.2 一级故障（平台无法登录、护理记录无法保存）乙方1小时内响应，3小时内恢复；二级故障（单一模块不可用）2小时内响应，8小时内解决；三级故障在次个工作日内解决。
5.3 月可用率低于承诺值的，按当月订阅费的5%给予服务抵扣，每再低0.5个百分点增加抵扣5%；一级故障响应每超时1小时，抵扣人民币500元。抵扣金额从下一季度订阅费中扣减。

6. 知识产权
6.1 “云护”平台及其标准功能的知识产权归乙方所有。
6.2 乙方为甲方定制的经营报表、接口程序及配置方案的知识产权归甲方所有，甲方可自行或委托第三方使用和修改。

7. 数据安全与数据使用
7.1 甲方客户的个人信息、母婴健康记录、护理记录和经营数据归甲方所有。
7.2 乙方应按照《个人信息保护法》《数据安全法》的要求，采取数据加密存储与传输、访问权限控制、操作日志留存等安全措施，平台部署于境内云服务器并已通过网络安全等级保护第三级测评。
7.3 发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方及其客户的损失。
7.4 甲方同意，乙方有权对平台中的甲方数据进行去标识化处理后，用于乙方产品改进、行业分析报告和母婴护理模型训练，该权利在合同终止后继续有效。

8. 保密
双方对因本合同知悉的对方商业秘密负有保密义务，包括甲方的客户名单、价格体系、经营数据以及乙方的技术资料，未经对方书面同意不得披露。双方应要求其员工遵守本条约定。保密义务在合同终止后三年内有效。

9. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第7.1条至第7.3条造成的损失不受此限。

10. 分包
乙方不得将本合同项下的服务分包给第三方，平台所使用的云基础设施服务除外；未经甲方书面同意，乙方不得更换云服务商。

11. 合同终止
11.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同。
11.2 合同终止后三十日内，乙方应配合甲方以通用格式导出全部数据（含客户档案、护理记录、膳食记录及附件），并在甲方确认后删除平台中的甲方数据，出具书面删除证明。
11.3 合同终止的，甲方已预付但尚未使用期间的订阅费，乙方应在十五日内退还。

12. 双方义务
12.1 甲方应指定项目负责人，按乙方实施计划提供历史数据、组织架构、房型及护理套餐资料，并安排各中心人员参加培训。
12.2 甲方应妥善保管平台账号和密码，及时为离职员工停用账号。
12.3 乙方应组建包括项目经理、实施顾问和接口工程师在内的实施团队；服务期内为甲方指定专属客户成功经理，每季度回访一次并提交平台使用分析报告。
12.4 乙方进行版本升级前，应提前五个工作日通知甲方，重大功能变更应提供操作说明和培训。

13. 新增中心
服务期内甲方新开业中心需使用平台的，按每家中心每服务年度人民币46,800元的标准按实际使用月数折算订阅费，实施费另行协商。

14. 不可抗力
因地震、洪水、疫情或政府行为等不可抗力导致一方不能履行合同的，应及时通知对方并在合理期限内提供证明，双方协商延期履行；由此造成的服务中断时间不计入可用率考核。

15. 法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

16. 其他
本合同附件包括：服务功能清单、实施计划、服务水平说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：悦馨母婴健康管理（杭州）有限公司
授权代表：＿＿＿＿
乙方（盖章）：杭州云护软件科技有限公司
授权代表：＿＿＿＿
日期：2025年　月　日
"""

Z04 = """海关查验管理系统年度运维服务合同（竞争性磋商）

合同编号：LPHG-YW-2025-06
采购人（甲方）：临浦海关
供应商（乙方）：海信通关信息技术服务有限公司
采购方式：竞争性磋商　采购项目编号：LPHG-CS-2025-011

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就临浦海关查验管理系统年度运维服务订立本合同。

（1）服务范围
① 查验管理系统（含布控指令接收、查验作业、查验记录、图像比对、移动查验终端）的日常运行维护、故障处理和版本维护。
② 系统所在服务器、数据库、中间件的巡检和性能优化，以及系统安全加固和漏洞修复。
③ 应急保障：制定系统故障、数据库故障和网络中断应急预案，每半年组织一次应急演练，在重大活动及节假日前开展专项保障。
④ 驻场运维：乙方派驻两名运维工程师在甲方指定地点工作，工作时间为甲方工作日8:30至17:30，查验高峰期及节假日按甲方要求值守。

⑤ 日常运维内容：每日检查系统运行状态、作业队列、接口交换和存储使用情况；每周检查数据库备份并进行恢复验证；每月分析系统日志和性能指标，提出优化建议；配合甲方完成业务规则调整所需的参数配置和版本发布。
⑥ 版本维护：对系统缺陷进行修复，经甲方测试确认后在甲方指定的时间窗口发布，发布前应做好备份和回退方案。

（2）服务期限
本合同服务期自2025年3月1日起至2026年2月28日止。

⑦ 用户支持：受理查验现场关员的使用咨询和问题反馈，通过电话、即时通讯和现场方式提供支持，对常见问题整理知识库并定期更新。

（3）服务费用
① 本合同总价为人民币684,000元，含税。分项如下：驻场运维服务432,000元；远程技术支持96,000元；巡检与应急保障84,000元；安全加固及漏洞修复72,000元。
② 服务费按季度支付，每季度人民币171,000元。每季度结束后，甲方按第（6）条考核合格的，在十个工作日内支付当季服务费。本合同不设预付款。

（4）服务水平
① 故障分级：一级故障指查验作业无法进行或查验记录无法提交；二级故障指部分功能异常但不影响查验作业；三级故障指一般咨询及使用问题。
② 一级故障乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障在两个工作日内解决。
③ 每月提交运维报告，每季度进行一次全面巡检并提交巡检报告，重大节假日前进行专项巡检。运维报告应包括故障统计及处理情况、系统性能分析、安全漏洞处置情况和下月工作计划。
④ 一级故障处理完毕后，乙方应在两个工作日内提交故障分析报告，说明原因、处理过程和防范措施。
⑤ 乙方服务水平的考核结果记入供应商履约评价，作为今后采购活动的参考，不与服务费挂钩，也不设扣款。

（5）运维成果的知识产权
乙方在服务过程中编写的运维脚本、配置文件、巡检报告、应急预案和技术文档的知识产权归甲方所有，甲方可自由使用和修改。

（6）考核与验收
① 季度考核标准：一级、二级故障响应及时率均达到95%以上；月度运维报告和季度巡检报告按时提交；高危漏洞在发现后七日内完成修复。
② 服务期满，甲方按以下标准进行年度验收：全年考核合格；系统运行日志、配置基线及全部技术文档完整移交；未发生因乙方原因导致的数据安全事件。验收结果以书面形式确认。

（7）数据安全
① 查验管理系统中的全部数据归甲方所有，乙方不得以任何方式将其用于本合同以外的目的。
② 乙方运维人员须签署安全承诺书，仅在甲方内网专用运维终端上操作，不得将任何数据拷贝出甲方网络；所有操作通过堡垒机进行并留存日志。
③ 乙方应定期对系统进行漏洞扫描和基线核查，安全加固方案须经甲方审核后实施；乙方不得在系统中设置后门或隐藏账号，服务期满后应交回全部账号和权限。
④ 发现数据泄露或安全事件的，乙方应在30分钟内报告甲方；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

（8）保密
乙方及其人员对在服务中知悉的海关工作秘密、查验规则、布控信息、企业申报信息和系统技术资料负有保密义务，不得以任何形式向第三方披露，服务期满后继续有效。乙方应与驻场人员签订保密协议并报甲方备案，人员离岗时应办理保密交接，交回全部资料和门禁证件。

（9）违约责任
本合同不约定违约金。乙方违反本合同约定的，应及时整改，并赔偿由此给甲方造成的实际损失。

（10）分包
本项目不得分包或转包。

（11）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期结算费用。

（12）争议解决
因本合同发生的争议，双方协商解决；协商不成的，提交临浦仲裁委员会仲裁。

（13）运维人员要求
① 乙方驻场工程师应具有三年以上同类系统运维经验，并持有数据库或操作系统相关认证；人员名单及资质证明须报甲方备案。
② 乙方更换驻场人员须提前十个工作日书面报甲方同意，并完成不少于五个工作日的工作交接。
③ 乙方人员应遵守海关各项管理规定，着装整洁，不得进入与运维工作无关的区域。
④ 乙方应设立不少于三人的远程技术支持团队，覆盖数据库、中间件和应用开发，驻场人员无法解决的问题应在规定时限内由远程团队介入处理。

（14）甲方义务
① 甲方为驻场人员提供必要的办公场所、运维终端和网络接入条件。
② 甲方应及时向乙方通报系统变更、业务调整和安全检查安排，并配合乙方开展巡检和应急演练。

（15）运维工具与备件
① 乙方自备运维所需的监控、漏洞扫描和日志分析工具，相关工具须为正版软件，部署前须经甲方安全审核。
② 服务器、存储等硬件的维修由原厂维保负责，乙方负责故障判断、报修跟踪和修复后的系统恢复。

（16）服务交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的后续服务单位完成交接，移交全部运维文档、账号清单和未结事项，并配合后续服务单位熟悉系统，不得以任何理由拒绝或拖延。

（17）不可抗力
因地震、台风、疫情等不可抗力导致服务中断的，乙方应及时通知甲方并尽力减少损失，在条件允许时立即恢复服务，中断期间相应免除乙方责任。

（18）廉政条款
乙方不得向甲方工作人员提供任何形式的财物、宴请或其他利益；违反本条的，甲方有权解除合同，并将有关情况通报相关部门。

（19）其他
本合同由合同正文、竞争性磋商文件、乙方响应文件及成交通知书组成，以上文件互为补充，如有矛盾以合同正文为准。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。服务期满不自动续期。

甲方（盖章）：临浦海关　　　乙方（盖章）：海信通关信息技术服务有限公司
代表人：＿＿＿＿　　　代表人：＿＿＿＿
日期：2025年　月　日
"""

Z05 = """# 仓聚云订单及仓储管理软件 许可及定制开发合同

**（乙方标准合同文本 CJY-2025 版）**

合同编号：CJY-XS-2025-118

甲方：三泉酱园食品有限公司（扬州）

乙方：仓聚云软件有限公司

甲方因订单及仓储管理需要，向乙方采购仓聚云软件许可及定制开发服务。双方经协商，同意按本标准文本订立合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓聚云订单管理（OMS）、仓储管理（WMS）及移动PDA端软件的永久使用许可（服务器许可1套，用户许可50个）。

1.2 乙方按双方确认的需求清单为甲方定制开发：原料批次追溯、腌制周期管理、经销商订货门户。

1.3 标准功能包括：销售订单录入与审核、经销商信用额度控制、发货计划与波次拣货、入库上架、库位管理、盘点、条码标签打印、出入库报表和库存预警。

1.4 定制功能说明：原料批次追溯指从蔬菜原料入厂、腌制、切配、灌装到成品出库的批次关联查询；腌制周期管理指按腌池记录投料、翻池、出池时间并到期提醒；经销商订货门户指经销商通过网页或微信下单、查询订单和物流状态。

1.5 乙方交付物包括：软件安装介质、许可授权文件、系统配置说明、用户手册和培训资料。定制功能以可执行程序形式交付，不交付源代码。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | OMS订单管理软件许可 | 196,000 |
| 2 | WMS仓储管理软件许可 | 214,000 |
| 3 | 移动PDA端软件许可 | 58,000 |
|  | 软件许可小计 | 468,000 |
| 4 | 定制开发（批次追溯、腌制周期、经销商门户） | 126,000 |
| 5 | 实施及培训 | 36,000 |
|  | 合计 | 630,000 |

合同总价为人民币陆拾叁万元整（¥630,000），含税。

## 第三条 付款

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即人民币409,500元。乙方收到该款项后启动项目。

3.2 系统上线后十个工作日内，甲方支付合同总价的35%，即人民币220,500元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成软件部署及定制开发，并通知甲方上线。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 系统部署完成后，乙方协助甲方进行期初数据导入和试运行，试运行期间发现的问题由乙方负责修正。

4.4 甲方应在乙方通知上线之日起五日内安排上线；甲方原因未能按时上线的，自通知之日起满十日视为已上线。

## 第五条 验收

系统在甲方环境中上线运行后，即视为甲方验收合格。甲方在上线后对系统提出的修改意见，乙方在后续维护中酌情处理。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 甲方报告故障后，乙方将尽快响应，并在合理时间内处理。现场服务另行收费。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可小计的28%，即每年人民币131,040元。

7.2 年度维护服务包括远程支持、缺陷修复和小版本升级，每次签订一个服务年度。

## 第八条 知识产权

8.1 仓聚云软件及乙方为甲方定制开发的全部功能、源代码和文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程，也不得许可第三方使用。乙方可将定制功能纳入其标准产品向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的订单、库存、客户及经销商数据归甲方所有，乙方仅为履行本合同使用，不作他用。

9.2 乙方远程维护须经甲方同意，采取账号权限控制和操作记录措施；因乙方原因导致数据泄露或丢失的，乙方负责补救并赔偿甲方损失。

## 第十条 保密

双方对在合作中知悉的对方商业秘密承担保密义务，包括甲方的配方、工艺、客户及经销商信息，以及乙方的软件技术资料和报价，未经对方书面同意不得披露。本条在合同终止后继续有效。

## 第十一条 责任限制

乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且不承担任何间接损失、利润损失。

11.2 因甲方自行修改系统配置、使用非乙方提供的接口程序或操作不当导致的故障和损失，由甲方自行承担，乙方可协助处理并另行收费。

## 第十二条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十四条 甲方义务

14.1 甲方应指定项目联系人，在乙方要求的时间内确认需求清单、提供基础资料（物料、库位、客户、经销商及期初库存数据），并对数据的准确性负责。

14.2 甲方应自行准备服务器、网络、PDA终端及条码打印机等软硬件环境，并满足乙方提供的配置要求。

14.3 因甲方未及时提供资料或环境导致项目延误的，乙方交付期限相应顺延。

## 第十五条 乙方义务

15.1 乙方应派遣合格的实施顾问完成软件安装、参数配置、期初数据导入和上线支持。

15.2 乙方应向甲方提供用户手册和系统管理员手册的电子版。

15.3 乙方应在上线前协助甲方完成条码规则、库位编码规则和单据流程的梳理，并提供上线切换方案。

## 第十六条 培训

乙方为甲方提供两次集中培训，对象为系统管理员、仓库主管、订单专员和PDA操作人员，每次不超过两日。超出部分的培训按乙方人天单价另行收费。

## 第十七条 需求变更

需求清单确认后，甲方提出新增或变更需求的，乙方评估工作量后报价，经甲方确认并签订补充协议后实施，交付期限相应调整。

## 第十八条 不可抗力

因不可抗力致使本合同不能履行的，受影响方不承担责任，但应及时通知对方。不可抗力影响持续超过六十日的，双方可协商解除合同。

## 第十九条 通知

双方往来通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，即视为送达。

## 第二十条 其他

本合同附件包括需求清单、软件模块清单及报价单。本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：三泉酱园食品有限公司　　授权代表：＿＿＿＿

乙方（盖章）：仓聚云软件有限公司　　授权代表：＿＿＿＿

日期：2025年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LL-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Loomline Software (Private) Limited, a company incorporated in Pakistan with its registered office at 41-B Gulberg III, Lahore, Pakistan (the "Vendor"), and Shaoxing Hengfa Textile Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer").
H:Recitals
P:A. The Vendor develops and licenses Loomline DyeHouse, a production planning and recipe management system for textile dyeing and finishing mills.
P:B. The Customer operates a dyeing and finishing mill in Keqiao and wishes to acquire perpetual licences of Loomline DyeHouse together with implementation, interface and training services, on the terms below.
P:C. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Loomline DyeHouse modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration scripts and other work products created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Licensed Software by or for the Customer, including recipes, orders, batch records and laboratory results.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licences in Article 4 and shall install, configure and implement the Licensed Software at the Customer's mill, build interfaces to the Customer's Kingdee ERP system and its two laboratory spectrophotometers, migrate open orders and the existing recipe library, and train the Customer's planners, laboratory staff and key users.
P:2.2 The Vendor shall complete installation within 45 days and present the system for Final Acceptance testing within 120 days after the date of this Agreement, in accordance with the project plan in Annex 2.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,038,000, inclusive of all taxes and withholdings payable in Pakistan and the value-added tax payable in China, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Production Planning module, site licence|1|420,000|420,000
TB:2|Dye-House Recipe and Laboratory module|1|186,000|186,000
TB:3|Named user licences|80|1,800|144,000
TB:|Licence subtotal|||750,000
TB:4|Implementation and configuration|1|168,000|168,000
TB:5|ERP and spectrophotometer interfaces|1|96,000|96,000
TB:6|Training (on site, Keqiao)|1|24,000|24,000
TB:|Total Contract Price|||1,038,000
P:3.2 The Contract Price is fixed and covers all travel, accommodation and expenses of the Vendor's staff.
H:Article 4 Licence
P:4.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software at its Keqiao mill and any other mill of the Customer in China, for its internal business purposes, by up to 80 named users at any time.
P:4.2 The Customer may make copies for backup, test and disaster-recovery purposes. Additional named users may be purchased at CNY 1,800 each for three Support Years after Final Acceptance.
H:Article 5 Payment
P:5.1 The Customer shall pay the Contract Price in three instalments: (a) 20% within 20 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% after installation of the Licensed Software on the Customer's servers, which is not acceptance; and (c) 35% within 15 days after Final Acceptance.
P:5.2 Payments shall be made by bank transfer in CNY to the account named by the Vendor in its invoice.
H:Article 6 Acceptance
P:6.1 After installation, configuration and data migration the Vendor shall notify the Customer that the system is ready for acceptance testing. Testing shall follow the acceptance test plan in Annex 3.
P:6.2 Final Acceptance requires that: (a) all functions listed in the specification in Annex 1 pass the agreed test scripts; (b) recipes calculated by the system match the laboratory's reference results within a colour difference of 0.5; (c) orders and batch records pass to and from the ERP system without error for ten consecutive working days; (d) migrated recipes are reconciled with the old library by a full count and a sample check of 200 records; and (e) the system runs in production for 20 working days without a Severity 1 incident.
P:6.3 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Installation, go-live or use of the system in production is not Final Acceptance. The Customer shall issue the Final Acceptance certificate within five working days after the criteria are met.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance. During that period the Vendor shall correct defects and supply updates and new versions free of charge.
P:7.2 Severity 1 incidents (production planning or recipe dispensing stopped) shall be responded to within 2 hours, by remote session, and worked on continuously until resolved. Severity 2 incidents shall be responded to within 8 hours and Severity 3 incidents within two working days.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay CNY 500, which the Customer may deduct from any amount due.
P:7.4 After the warranty the Customer may order Annual Support. The Annual Support fee is 13% of the licence subtotal, that is CNY 97,500 for each Support Year, and shall not be increased during the first three Support Years. Annual Support is ordered by the Customer's purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 All rights in the Custom Deliverables, including source code, vest in the Customer upon creation. The Customer may use, modify, copy and license them without restriction. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Licensed Software is installed on the Customer's own servers in Shaoxing. The Vendor shall access them only through the Customer's VPN, with a named account and the Customer's approval for each session, and shall not transfer Customer Data out of China.
P:9.3 The Vendor shall keep its staff's access credentials secure, apply security patches supplied for the Licensed Software, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Customer Data.
P:9.4 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data and shall be responsible for all losses of the Customer caused by a breach of this Article by the Vendor or its staff.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party, including the Customer's recipes and customer lists, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after termination.
H:Article 11 Delay
P:If the Vendor fails to present the system for Final Acceptance testing by the date in Article 2.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 12 Liability
P:The total liability of either party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 9 and 10, fraud, wilful misconduct or personal injury.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:14.2 Either party may terminate if the other becomes insolvent. On termination by the Customer under 14.1, the Vendor shall refund the amounts paid for any part of the work that has not been accepted.
H:Article 15 Governing Law and Arbitration
P:15.1 This Agreement is governed by the laws of the Islamic Republic of Pakistan.
P:15.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be referred to arbitration in Lahore under the Arbitration Act, 1940 of Pakistan by a sole arbitrator. The language of the arbitration shall be English.
H:Article 16 General
P:This Agreement, with Annex 1 (Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals, one for each party.
P:For the Vendor: Loomline Software (Private) Limited, Lahore. Name: ______ Title: Director. Signature: ______
P:For the Customer: Shaoxing Hengfa Textile Dyeing and Finishing Co., Ltd. Name: ______ Title: General Manager. Signature: ______
P:Date: ______
"""

E02 = """# ORDER FORM — KitchenLedger Subscription

**Order Form No. SC-OF-25-0387, issued under the Serendib Cloudworks General Terms set out below**

| Item | Details |
|---|---|
| Provider | Serendib Cloudworks (Private) Limited, 221 Galle Road, Colombo 03, Sri Lanka |
| Customer | Chengdu Hearthside Catering Management Co., Ltd., Jinjiang District, Chengdu, Sichuan, PRC |
| Service | KitchenLedger inventory, recipe costing and supplier ordering platform (SaaS) |
| Sites | 45 restaurants and 2 central kitchens operated by the Customer in Sichuan and Chongqing |
| Subscription Term | Two Subscription Years from the Subscription Start Date |
| Subscription Start Date | The day after Go-Live Acceptance under Section 4.2 |
| Currency | CNY, at the Customer's request |

## Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 45 restaurant sites x CNY 4,800 per Subscription Year | 216,000 per Subscription Year |
| Subscription fees for the Subscription Term | 2 Subscription Years | 432,000 |
| Onboarding (one-time) | Configuration, recipe import, supplier catalogue, POS interface, training | 38,000 |
| Total Order Value | | 470,000 |

The two central kitchens are included at no charge. All fees include value-added tax and any withholding tax, which the Provider bears.

## Invoicing

- Onboarding is invoiced on Go-Live Acceptance and is payable within 30 days of invoice.
- Subscription fees are invoiced quarterly in advance, on the Subscription Start Date and on the first day of each following quarter, and are payable within 30 days of invoice. No amount is payable before Go-Live Acceptance.

Signed for the Provider: ____________ (Director, Serendib Cloudworks (Private) Limited)

Signed for the Customer: ____________ (Authorised representative, Chengdu Hearthside Catering Management Co., Ltd.)

Date: ____________

---

# GENERAL TERMS

## Section 1 Definitions and Order of Precedence

1.1 "Service" means the KitchenLedger platform described in the Order Form, including its web and mobile applications, and the onboarding services.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including recipes, stock counts, purchase orders, supplier prices, sales figures imported from the Customer's POS system, and personal information of the Customer's employees.

1.3 "Customer Configurations" means the recipe structures, report templates, interface mappings and other configurations built by the Provider for the Customer during onboarding or afterwards.

1.4 If the Order Form and these General Terms conflict, the Order Form prevails.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer's authorised users at all sites listed in the Order Form during the Subscription Term, in accordance with the Documentation and Section 5.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functions or the security of Customer Data.

2.3 The Customer shall keep its user passwords confidential and is responsible for the use of the Service by its users.

## Section 3 Term and Renewal

3.1 The Subscription Term starts on the Subscription Start Date and runs for two Subscription Years.

3.2 At the end of the Subscription Term, and of each renewal period, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 For each renewal period the Provider may increase the subscription fee by up to 8% over the fee of the preceding Subscription Year by giving the Customer written notice at least 75 days before the renewal date. The increased fee applies automatically unless the Customer gives notice of non-renewal under Section 3.2.

## Section 4 Onboarding and Go-Live Acceptance

4.1 The Provider shall complete onboarding within 45 days after the date of the Order Form. Onboarding comprises the configuration of all sites, the import of up to 1,500 recipes and the Customer's supplier catalogue, the interface with the Customer's POS system, and training of site managers and central kitchen staff.

4.2 Go-Live Acceptance requires that: (a) all sites are configured and each site has completed a full stock count in the Service; (b) recipe costs calculated by the Service for a sample of 100 recipes match the Customer's reference calculations; (c) sales from the POS interface are imported without error for seven consecutive days; and (d) purchase orders can be sent to and confirmed by at least 20 suppliers. The Customer shall confirm Go-Live Acceptance in writing within five working days after the criteria are met. Use of the Service by any site before that confirmation is not acceptance.

4.3 If onboarding is not completed by the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 30,000.

## Section 5 Service Levels and Support

5.1 The Provider shall make the Service available 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the Service is unavailable, or ordering or stock counting cannot be performed at any site) shall be responded to within 1 hour and restored within 3 hours. Priority 2 incidents shall be responded to within 2 hours and Priority 3 incidents within one business day. Support is provided in Chinese and English by telephone, e-mail and chat.

5.3 If monthly availability falls below the commitment in Section 5.1, the Customer shall receive a service credit of 5% of the monthly portion of the subscription fee for each 0.1 percentage point, or part of one, below the commitment, up to 50% of that monthly portion. A further credit of CNY 300 applies for each hour by which a Priority 1 response or restoration time is exceeded. Credits are deducted from the next invoice or, at the end of the term, refunded.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer and for no other purpose, including in aggregated or anonymised form.

6.2 The Service is hosted for the Customer in a data centre in mainland China operated by Alibaba Cloud, which the Customer approves. Customer Data shall not be transferred out of mainland China.

6.3 The Provider shall protect Customer Data by encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, daily backups kept for 30 days, and logging of all administrative access. It shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all steps needed to contain it, and is responsible for the losses of the Customer arising from a breach of this Section 6.

6.5 Within 30 days after the end of the subscription the Provider shall return all Customer Data in CSV format and then delete it, and confirm deletion in writing.

## Section 7 Intellectual Property

7.1 The Provider owns the Service and all its components.

7.2 The Customer owns the Customer Configurations. It may use, copy and modify them freely and have them used by any third party, including in another system after the subscription ends, and the Provider shall deliver them in an exportable format on request.

## Section 8 Confidentiality

Each party shall keep confidential all non-public information of the other party that it receives in connection with the Order Form, use it only for the purposes of the Order Form and not disclose it to third parties without prior written consent, except to its advisers under a duty of confidence or as required by law. This Section survives for three years after the subscription ends.

## Section 9 Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The total liability of the Provider under the Order Form and these General Terms is limited to the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit the Provider's liability for breach of Section 6, for fraud or for wilful misconduct.

## Section 10 Subcontracting

The Provider shall not subcontract any part of the Service, other than the hosting described in Section 6.2, without the Customer's prior written consent, and remains responsible for the acts of its subcontractors.

## Section 11 Termination

11.1 The Customer may terminate the Order Form by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice.

11.2 On termination under Section 11.1 the Provider shall refund the prepaid fees for the period after termination.

## Section 12 Governing Law and Disputes

This Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The arbitration shall be conducted in Chinese and English.

## Section 13 General

13.1 Notices shall be in writing and sent to the addresses in the Order Form.

13.2 Neither party may assign the Order Form without the other party's written consent.

13.3 This Order Form is signed in English and Chinese; both versions have equal force.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT — COLD STORE TEMPERATURE MONITORING SYSTEM
P:Contract No. HY-CC-2025-027
P:Buyer: Qingdao Haiyue Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, PRC (the "Buyer")
P:Supplier: Al Batinah Sensing Technologies LLC, Sohar Industrial Estate, Sohar, Sultanate of Oman (the "Supplier")
P:Whereas the Buyer operates a cold store of 18 chambers and a loading dock at its Huangdao site and requires a wireless temperature and door monitoring system that meets the GSP requirements for pharmaceutical and food storage, and whereas the Supplier was selected by the Buyer's invitation to tender HY-ZB-2025-09, the parties agree as follows. This contract is the Buyer's standard form.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, edge servers and monitoring software listed in Clause 2, installed, calibrated and configured at the Site.
P:1.2 "Site" means the Buyer's cold store at No. 8 Lingang Road, Huangdao District, Qingdao.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 5.
P:1.4 "Buyer Data" means all temperature, humidity, door and alarm records and all other data generated by the System or supplied by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver, install, calibrate and commission the System and train the Buyer's staff. The Contract Price is fixed at CNY 550,000, inclusive of taxes, duties, freight to the Site and insurance, as itemised below. At the Buyer's request all amounts are in CNY.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|260|700|182,000
TB:2|Door-open sensor for chamber and dock doors|24|450|10,800
TB:3|LoRa gateway with 4G backup|16|5,600|89,600
TB:4|Edge server with storage (redundant pair)|2|38,800|77,600
TB:5|ColdWatch monitoring software, perpetual site licence|1|120,000|120,000
TB:|Hardware and licence subtotal|||480,000
TB:6|Installation, calibration and commissioning|1|58,000|58,000
TB:7|Training of operators and quality staff|1|12,000|12,000
TB:|Contract Price|||550,000
P:2.2 No other charge is payable for the scope above.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Site within 50 days after signature and complete installation and commissioning within 25 days after delivery, working in shifts agreed with the Buyer so that cold-store operations are not interrupted.
P:3.2 Every sensor shall be supplied with a calibration certificate traceable to a recognised national metrology institute and shall be calibrated again on Site against the Buyer's reference thermometer.
P:3.3 If the Supplier is late in delivery or in completing installation, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:4. Payment
P:4.1 10% of the Contract Price within 15 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price within 20 days after delivery and installation of all equipment. Installation is not acceptance.
P:4.3 35% of the Contract Price within 20 days after Final Acceptance.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) all equipment is installed as shown on the approved layout drawing; (b) each sensor reads within ±0.3 °C of the reference thermometer at two test points; (c) temperature mapping of every chamber under load shows no unmonitored zone; (d) alarms reach the duty phone and the monitoring screen within 60 seconds in ten test events; and (e) the System runs for 21 consecutive days without any sensor missing more than 20 of its expected readings.
P:5.2 The Buyer shall carry out the tests with the Supplier and sign the acceptance certificate within five working days after the criteria are met. If a test fails the Supplier shall correct the fault and the test shall be repeated. Delivery, installation or use of the System is not Final Acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for 24 months after Final Acceptance. During the warranty the Supplier shall repair or replace any faulty equipment free of charge, including batteries of sensors, supply software updates, and carry out one on-site recalibration of all sensors.
P:6.2 Critical faults (loss of monitoring or alarms for one or more chambers) shall be responded to by remote session within 30 minutes, at any time of day, and restored within 8 hours, if necessary by the Supplier's engineer in Qingdao. Other faults shall be responded to within one business day.
P:6.3 For each hour by which the Supplier exceeds the critical response or restoration time, it shall pay CNY 600, which the Buyer may deduct from any amount due or claim under the performance guarantee.
H:7. Support after Warranty
P:7.1 After the warranty, the Buyer may order annual support, including recalibration, spare parts and software updates, at 7% of the hardware and licence subtotal, that is CNY 33,600 per year. This price is fixed for three years after the warranty ends.
P:7.2 Annual support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The ColdWatch software and the firmware of the equipment remain the property of their owners and are licensed to the Buyer perpetually for use at the Site and any replacement site.
P:8.2 The dashboards, alarm rules, chamber layouts, reports and configuration files prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by others without restriction.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, keep or disclose it.
P:9.2 The System shall store Buyer Data only on the edge servers at the Site and on the Buyer's own backup server. The Supplier shall have remote access only through a connection opened by the Buyer for each session, with logging.
P:9.3 The Supplier shall change all default passwords, disable unused services and keep the System free of known vulnerabilities during the warranty. Records kept for GSP purposes shall not be altered or deleted.
P:9.4 The Supplier shall report any security incident affecting the System or Buyer Data within 12 hours and is liable for all losses of the Buyer caused by its breach of this Clause 9.
H:10. Confidentiality
P:Each party shall keep confidential the information of the other party received under this Contract, including the Buyer's customers, stock and storage conditions, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains liable for any subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Clause 3.3 reach their maximum. The Supplier shall then refund all amounts paid for equipment or work not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Buyer's Obligations and Site Rules
P:15.1 The Buyer shall give the Supplier's staff access to the chambers and the loading dock at agreed times, provide power at each gateway position and a network connection for the edge servers, and appoint a site contact with authority to approve the layout and test results.
P:15.2 The Supplier's staff shall follow the Buyer's safety rules for work in frozen chambers, including limits on continuous time inside chambers below -18 °C, the use of protective clothing supplied by the Supplier, and the buddy system. Work at height on racking requires the Buyer's permit.
P:15.3 The Supplier shall keep the Site clean, remove all packaging and waste, and make good any damage it causes to insulation panels, racking or doors.
H:16. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. Time for performance is extended by the period of the event. If an event lasts more than 90 days, either party may terminate the Contract by written notice, and the Buyer shall pay for equipment delivered and work done.
H:17. Notices
P:Notices under this Contract shall be in writing and sent by courier or e-mail to the addresses stated on the signature page. A notice sent by e-mail is received when it is sent, unless the sender receives a delivery failure message.
H:18. General
P:This Contract is made in English and Chinese in four originals, two for each party. Annex 1: Technical specification. Annex 2: Layout drawing. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# MANAGED STORE SYSTEMS SERVICE AGREEMENT

Agreement No. GRS-WH-2025-03

**BETWEEN** Gulf Retail Systems Company W.L.L., Al Sharq, Kuwait City, State of Kuwait, acting through its branch office in Wuhan (the "Provider")

**AND** Wuhan Jiayuan Supermarket Chain Co., Ltd., Jianghan District, Wuhan, Hubei Province, PRC (the "Customer")

**RECITALS**

(A) The Customer operates 38 neighbourhood supermarkets in Wuhan, each with point-of-sale (POS) terminals, a store server, a store network and self-checkout lanes.

(B) The Customer wishes the Provider to take over the operation, monitoring and support of those store systems as a managed service, and the Provider has agreed to do so on the terms of this Agreement and its Schedules.

## 1. DEFINITIONS

1.1 "Service" means the managed store systems service described in Schedule 1.

1.2 "Stores" means the 38 stores listed in Schedule 1 and any store added under Clause 3.3.

1.3 "Customer Data" means all sales, price, stock, loyalty-member and employee data held in or passing through the store systems.

1.4 "Service Commencement" means the date on which the Customer confirms in writing that the transition has been completed under Clause 4.

## 2. TERM

2.1 This Agreement starts on signature. The Service runs for 36 months from Service Commencement (the "Initial Term").

2.2 The Agreement ends at the end of the Initial Term unless the parties agree in writing to extend it. There is no automatic renewal.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 2. At the Customer's request they are stated and payable in CNY and include all taxes.

3.2 The transition fee is invoiced after Service Commencement. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days.

3.3 A store may be added or removed on 60 days' written notice, at the monthly charge per store in Schedule 2.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete the transition within 40 days after signature: inventory of all store equipment, installation of monitoring agents, set-up of the service desk, hand-over from the Customer's internal team and documentation of each store.

4.2 Service Commencement requires that: (a) every POS terminal, store server and network device of every Store appears in the Provider's monitoring console; (b) test incidents raised from five Stores are logged and resolved within the times in Schedule 3; (c) a run book exists for each Store; and (d) the service desk has handled calls for ten consecutive days without a missed call. The Customer shall confirm Service Commencement in writing within three working days after the criteria are met.

4.3 If Service Commencement is delayed beyond the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 If a service level is missed, the service credits in Schedule 3 apply. Credits are deducted from the next invoice.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Service and shall not sell, analyse or otherwise use it for its own purposes.

6.2 At the end of the Agreement the Provider shall hand over all configuration records, asset lists and logs to the Customer in a usable electronic format, so that the Customer or a successor provider can continue to operate the store systems without interruption.

## 7. INTELLECTUAL PROPERTY

The run books, store configurations, scripts and reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and license them freely, including to a successor provider. The Provider's monitoring tools remain the Provider's.

## 8. CONFIDENTIALITY

Each party shall keep confidential all non-public information of the other party, including prices, supplier terms and sales figures, and shall not disclose it to any third party without the other party's prior written consent. This obligation lasts for three years after the Agreement ends.

## 9. STAFF AND SUBCONTRACTING

9.1 The Provider shall perform the Service with its own staff employed at its Wuhan branch, including at least six field engineers based in Wuhan.

9.2 The Provider shall not subcontract any part of the Service without the Customer's prior written consent.

## 10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges payable during the Initial Term.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. DURATION AND TERMINATION

11.1 This Agreement may not be terminated by either party before the end of the Initial Term, except by the Provider under Clause 11.2.

11.2 The Provider may terminate this Agreement by written notice if the Customer fails to pay any undisputed invoice within 60 days after its due date.

11.3 If the Provider breaches this Agreement, the Customer's remedies are the service credits in Schedule 3, the delay payments in Clause 4.3 and damages under Clause 10; the Customer may not terminate this Agreement on account of the breach.

11.4 On expiry the Provider shall give reasonable help for up to 30 days to transfer the Service to the Customer or a new provider.

## 12. CUSTOMER RESPONSIBILITIES

12.1 The Customer shall give the Provider's engineers access to the Stores during opening hours and, for planned work, outside them by arrangement with the store manager.

12.2 The Customer shall keep the equipment covered by the Service under the manufacturers' hardware warranties or its own maintenance contracts, or shall buy replacement parts through the Provider at the prices agreed in each quarterly review.

12.3 The Customer shall name a service manager who approves changes, attends the monthly and quarterly reviews, and decides on priorities where incidents compete.

## 13. GOVERNANCE AND REPORTING

13.1 The monthly service report shall show, for each Store, the incidents raised, response and restoration times, network availability, calls answered and credits earned, together with trends and proposed improvements.

13.2 The quarterly service review shall cover the results of the quarter, planned changes, the refresh of ageing equipment and any risks identified by the Provider.

## 14. FORCE MAJEURE

A party is not liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, power cuts in the public grid or government action, if it notifies the other party promptly. Service levels are suspended for the affected Stores during the event.

## 15. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 16. GENERAL

This Agreement with its Schedules is the entire agreement of the parties. It is signed in English and Chinese, and both versions are equally authentic.

For the Provider: ____________________ Branch Manager, Wuhan

For the Customer: ____________________ Authorised Representative

---

## SCHEDULE 1 — SERVICE DESCRIPTION

| Service element | Description |
|---|---|
| Service desk | Chinese-language telephone and online service desk, 07:00 to 23:30, seven days a week, matching store opening hours |
| Monitoring | Continuous monitoring of POS terminals, self-checkout lanes, store servers, routers, switches and Wi-Fi |
| Incident management | Remote diagnosis and on-site repair at every Store by field engineers |
| Spare parts | Pool of spare POS terminals, printers, scanners and switches kept in Wuhan |
| Patch management | Monthly patches of store servers and POS software, approved by the Customer |
| Moves and changes | Up to 20 moves, adds and changes per month |
| Reporting | Monthly service report and quarterly service review meeting |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 64,000 |
| Monthly service charge | 38 Stores x CNY 1,450 per Store per month | 55,100 per month |
| Monthly service charges for the Initial Term | 36 months x CNY 55,100 | 1,983,600 |
| Total charges for the Initial Term | | 2,047,600 |

## SCHEDULE 3 — SERVICE LEVELS AND SERVICE CREDITS

| Priority | Definition | Response | On site | Restoration |
|---|---|---|---|---|
| P1 | A whole Store cannot sell, or all self-checkout lanes are down | 15 minutes | 2 hours | 3 hours |
| P2 | Some tills down, or store server degraded | 30 minutes | 6 hours | next day |
| P3 | Single device or user problem | 2 hours | next visit | 3 business days |

| Measure | Target | Service credit |
|---|---|---|
| Store network availability per month, all Stores | 99.95% | 3% of the monthly service charge for each 0.1 point below target |
| P1 response and restoration | each incident | CNY 800 for each hour late |
| Service desk calls answered within 30 seconds | 90% | 2% of the monthly service charge |
| Maximum credits per month | | 20% of the monthly service charge |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MMD-CN-0521

Provider: Manama Marine Data W.L.L., Building 1565, Road 1722, Diplomatic Area, Manama, Kingdom of Bahrain ("Provider")
Customer: Ningbo Tideway International Freight Forwarding Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, PRC ("Customer")

Background
The Provider operates VesselPulse, a data service that supplies vessel positions, port calls, estimated times of arrival and berth schedules through an application programming interface (API). The Customer, a freight forwarder, wishes to use VesselPulse data in its shipment tracking system and in the tracking pages it offers to its own clients. The parties agree as follows.

1. Definitions
1.1 "API" means the VesselPulse REST API and its documentation.
1.2 "Provider Data" means vessel, voyage and port data supplied by the Provider through the API.
1.3 "Customer Data" means the shipment lists, booking and container numbers, client names, query logs and other data that the Customer submits to the API or that the API records about the Customer's use.
1.4 "Subscription Year" means the period from the Start Date, or from an anniversary of the Start Date, to the day before the next anniversary.

2. Subscription
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the term to call the API from its systems and to use Provider Data in its own operations and in tracking pages and notices to its clients, showing the source "VesselPulse".
2.2 The subscription includes up to 3,000,000 API calls per Subscription Year, a production key and a test key, and access to historical port calls for the preceding 24 months.
2.3 The Customer shall not resell Provider Data as a data feed or use it to build a competing service.

3. Term
3.1 The subscription runs for two Subscription Years from the Start Date, which is the day the Provider issues the production key after the acceptance tests in Clause 5.
3.2 The subscription then renews for further Subscription Years at the same fee unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

4. Fees and Payment
4.1 At the Customer's request all fees are in CNY and include all taxes. The subscription fee is CNY 186,000 per Subscription Year, so CNY 372,000 for the two Subscription Years of the term. There is no set-up fee.
4.2 Calls above the yearly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.
4.3 The subscription fee is invoiced quarterly in advance, in four equal instalments of CNY 46,500 per Subscription Year, the first on the Start Date, and is payable within 30 days of invoice.

5. Onboarding and Acceptance
5.1 Within 10 days after signature the Provider shall issue the test key and provide technical support for the Customer's integration, including two remote workshops with the Customer's developers.
5.2 The Customer shall run acceptance tests on the test key. Acceptance requires that: (a) the API returns positions for at least 98% of a sample of 500 vessels named by the Customer; (b) estimated times of arrival are provided for all port calls in the Customer's ten main ports; (c) the median response time of the API is below 800 milliseconds over three test days; and (d) the data fields match the documentation. The Customer shall confirm acceptance in writing within five working days after the criteria are met.
5.3 If the Provider has not issued the production key within 30 days after signature, for reasons attributable to it, the Provider shall pay CNY 300 for each day of delay, up to CNY 15,000.

6. Service Levels
6.1 The Provider shall make the API available 99.5% of the time in each calendar month, excluding maintenance announced at least three days in advance.
6.2 Severity 1 incidents (the API is unavailable or returns errors for most calls) shall be responded to within 2 hours at any time. Severity 2 incidents (delayed or incomplete data) shall be responded to within 8 hours and Severity 3 incidents within two business days.
6.3 If monthly availability is below 99.5%, the Customer receives a credit of 5% of the monthly share of the subscription fee for each full or partial percentage point of shortfall, and a credit of CNY 200 for each hour by which a Severity 1 response is late. Credits are deducted from the next invoice.

7. Data Security
7.1 The Provider shall protect Customer Data by encryption in transit and at rest, access control with multi-factor authentication, and logging of all access by its personnel.
7.2 Customer Data shall be processed on servers located in Singapore and Bahrain. The Customer shall not submit personal information of its clients' employees to the API, other than a contact name where needed.
7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take steps to contain it, and is responsible for the losses of the Customer caused by its breach of this Clause 7.

8. Customer Data and Use by the Provider
8.1 The Customer owns the Customer Data.
8.2 The Customer grants the Provider a perpetual, royalty-free licence to use the Customer Data in aggregated and anonymised form, including shipment volumes and routes derived from it, to improve Provider Data, to compile trade-lane statistics and to develop the Provider's products. This licence continues after the term.

9. Intellectual Property
9.1 The Provider owns the API and Provider Data.
9.2 Any custom connector, mapping or field set developed by the Provider for the Customer belongs to the Customer, which may use and modify it freely and have others do so. The Customer's own software and tracking pages remain the Customer's.

10. Confidentiality
Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's client list and the terms of this Agreement, and shall not disclose it to third parties without prior written consent, except as required by law. This obligation continues for three years after the term.

11. Subcontractors
The Provider may use subcontractors, including hosting providers and data suppliers, to perform this Agreement. It shall inform the Customer of any new subcontractor by e-mail and remains responsible for their performance.

12. Liability
12.1 Neither party is liable for indirect or consequential loss.
12.2 The Provider does not guarantee the accuracy of estimated times of arrival supplied by third parties, but shall correct errors reported by the Customer without delay.

13. Termination
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach that it does not remedy within 30 days after receiving notice.
13.2 On termination by the Customer for the Provider's breach, the Provider shall refund the prepaid fees for the remaining period.
13.3 On expiry or termination the Customer shall stop calling the API. It may keep Provider Data already shown in shipment records sent to its clients before that date, but shall not use it to build a database of vessel movements. The Provider shall return or delete Customer Data within 30 days and confirm this in writing.

14. Customer Obligations
14.1 The Customer shall keep its API keys secure, shall not share them with its clients or other third parties, and shall inform the Provider without delay if a key may have been compromised, so that it can be revoked and replaced.
14.2 The Customer is responsible for the calls made with its keys and shall design its integration to respect the rate limit of 20 calls per second stated in the documentation.
14.3 Where the Customer shows Provider Data to its clients, it shall state that times of arrival are estimates and may change.

15. Changes to the API
15.1 The Provider may add fields, endpoints and functions to the API at any time.
15.2 The Provider shall give the Customer at least 90 days' notice by e-mail of any change that removes a field or endpoint, or that changes the format of a response, and shall keep the previous version of the API available during that period so that the Customer can adapt its systems.
15.3 The Provider shall maintain a test environment that reflects the current production version and any announced new version.

16. Force Majeure
Neither party is liable for any delay or failure caused by events beyond its reasonable control, including natural disasters, war, the failure of public networks or satellite data sources, or government action. The affected party shall inform the other party promptly and use reasonable efforts to resume performance. Service credits do not apply during such an event.

17. Governing Law and Disputes
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

18. General
This Agreement is signed in English in two originals. Changes must be in writing and signed by both parties. Notices may be given by e-mail to the contacts named by each party.

For the Provider: ______________________ Managing Director
For the Customer: ______________________ General Manager
Date: ______________________
"""


# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h491z01_agri_product_safety_platform_gov.pdf", "pdf", Z01),
    "z02": ("h491z02_sugar_mill_crushing_control_retrofit.docx", "docx", Z02),
    "z03": ("h491z03_maternity_centres_care_saas.txt", "txt", Z03),
    "z04": ("h491z04_customs_inspection_system_annual_om.txt", "txt", Z04),
    "z05": ("h491z05_pickle_factory_order_wms_supplier_template.md", "md", Z05),
    "e01": ("h491e01_textile_dyehouse_licence_pk_vendor.pdf", "pdf", E01),
    "e02": ("h491e02_kitchen_inventory_saas_order_form_lk_vendor.md", "md", E02),
    "e03": ("h491e03_cold_store_sensors_om_vendor.docx", "docx", E03),
    "e04": ("h491e04_supermarket_managed_store_systems_kw_vendor.md", "md", E04),
    "e05": ("h491e05_vessel_data_api_subscription_bh_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term,
                                sub, law, kind]))


# design: language, category, terms, extra, licence/hardware subtotal (TCO fee base), forum outside mainland, design list
DESIGN = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 8, False, True, False,
              "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1486000), 720000, False, []),
    "z02": ("zh", "hardware",
            T(None, 0.5, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 10, False, True, True,
              None, "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1350000), 1176000, False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud",
            T(99.5, 1, True, "buyer", True, False, True, 800 / 1068800 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1068800), None,
            False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services",
            T(None, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True,
              False, None, "service"),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=684000), None,
            False, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": ("zh", "software",
            T(None, None, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 28, False, True, None,
              "PRC", "goods_or_licence"),
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=630000), 468000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software",
            T(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True, False,
              "Pakistan", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1038000), 750000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud",
            T(99.95, 1, True, "buyer", True, True, True, 600 / 470000 * 100, 6 / 24 * 100, None, True, None, None,
              None, True, True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=470000), None,
            False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e03": ("en", "hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 7, False, True, False, "PRC",
              "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=550000), 480000, False, []),
    "e04": ("en", "services",
            T(99.95, 0.25, True, "buyer", False, True, True, 1200 / 2047600 * 100, 150, None, True, None, None, None,
              False, False, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2047600), None,
            False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud",
            T(99.5, 2, True, "buyer", True, False, True, 300 / 372000 * 100, None, None, True, None, None, None, False,
              True, True, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=372000), None,
            False, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base, horizon=5):
    """Policy §4, my reading: horizon from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get(
            "post_warranty_fee_capped"):
        return None
    years = max(0.0, horizon - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    total = x["contract_value"] + fees
    return total, fees / total * 100


def my_rules(t, x, base, forum_outside):
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


# ---------------------------------------------------------------- threshold scan
ZHN = "零〇一二三四五六七八九十百"
BANNED = [
    ("99.9%", r"(?<![\d.])99\.9(?![\d])"),
    ("4 h", r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hours?\b|hrs?\b|hour)"),
    ("4 h zh", r"(?<![" + ZHN + r"])四\s*个?\s*小时"),
    ("four hours", r"(?<![\w-])four[\s-]*hours?"),
    ("240 min", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("0.05%", r"(?<![\d.])0\.05(?!\d)\s*%"),
    ("万分之五", r"万分之五(?![十百千])"),
    ("100%", r"(?<![\d.])100(?:\.0+)?\s*%"),
    ("百分之百", r"百分之(?:一)?百(?![" + ZHN + r"])"),
    ("30%", r"(?<![\d.])30(?:\.0+)?\s*%"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("12 months", r"(?<![\d.])12[\s-]*(?:个月|months?)"),
    ("十二个月", r"(?<![" + ZHN + r"])十二\s*个\s*月"),
    ("twelve months", r"twelve[\s-]*(?:\(12\)\s*)?months?"),
    ("一年", r"一年"),
    ("one year", r"(?<![\w-])one[\s-]*years?\b"),
    ("1 year", r"(?<![\d.])1[\s-]*(?:years?\b|年)"),
    ("15%", r"(?<![\d.])15(?:\.0+)?\s*%"),
    ("百分之十五", r"百分之十五(?![一二三四五六七八九])"),
    ("40%", r"(?<![\d.])40(?:\.0+)?\s*%"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("四成", r"四成"),
    ("5 years", r"(?<![\d.])5[\s-]*(?:年|years?\b)"),
    ("五年", r"五\s*年"),
    ("five years", r"(?<![\w-])five[\s-]*years?"),
    ("60 months", r"(?<![\d.])60[\s-]*(?:个月|months?)"),
    ("六十个月", r"六十\s*个\s*月"),
]
BANNED_RE = [(n, re.compile(p, re.I)) for n, p in BANNED]

MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "240分钟", "0.05%",
            "万分之五", "100%", "百分之百", "百分之一百", "30%", "百分之三十", "三成", "12个月", "十二个月",
            "twelve months", "12 months", "12-month", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年",
            "五年", "five years", "60 months", "六十个月", "within 4 h", "99.9"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "二十四小时", "14小时", "0.055", "300%", "140%", "1,040", "2015年", "十五日",
             "120 months", "112个月", "99.99%", "8%", "25%", "35%", "65%", "1.5 years"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for f in forms:
        for n, rx in BANNED_RE:
            for m in rx.finditer(f):
                hits.append((n, f[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, kind, src) in FILES.items():
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)


def sums():
    """Every price and payment figure of the texts, re-added."""
    assert 720000 + 548000 + 126000 + 92000 == 1486000 and 1486000 * 25 // 100 == 371500 and 1486000 // 2 == 743000
    assert 486000 + 12 * 18500 + 96 * 1250 + 4 * 26000 + 8 * 9500 + 168000 == 1176000
    assert 1176000 + 148000 + 26000 == 1350000 and 1176000 * 10 // 100 == 117600
    assert (1350000 * 20 // 100, 1350000 * 55 // 100, 1350000 * 25 // 100) == (270000, 742500, 337500)
    assert 7 * 46800 * 3 + 86000 == 1068800 and 7 * 46800 // 4 == 81900
    assert 432000 + 96000 + 84000 + 72000 == 684000 and 684000 // 4 == 171000
    assert 196000 + 214000 + 58000 == 468000 and 468000 + 126000 + 36000 == 630000
    assert 630000 * 65 // 100 == 409500 and 630000 * 35 // 100 == 220500 and 468000 * 28 // 100 == 131040
    assert 420000 + 186000 + 80 * 1800 == 750000 and 750000 + 168000 + 96000 + 24000 == 1038000
    assert 750000 * 13 // 100 == 97500
    assert 45 * 4800 * 2 + 38000 == 470000
    assert 260 * 700 + 24 * 450 + 16 * 5600 + 2 * 38800 + 120000 == 480000 and 480000 + 58000 + 12000 == 550000
    assert 480000 * 7 // 100 == 33600
    assert 38 * 1450 * 36 + 64000 == 2047600 and 186000 * 2 == 372000 and 186000 // 4 == 46500


def main():
    selftest()
    sums()
    build()
    covered, problems = set(), []
    for key, (name, kind, src) in FILES.items():
        lang, cat, t, x, base, forum, design = DESIGN[key]
        assert list(t) == TERM_KEYS
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for where, s in (("built", text), ("source", src)):
            for h in scan(s):
                problems.append("%s %s threshold %s" % (key, where, h))
        # no label on a threshold
        for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        c = tco(t, x, base) if base else None
        if c and abs(c[1] - 40) <= 2:
            problems.append("%s TCO share %.2f near 40" % (key, c[1]))
        rules = my_rules(t, x, base, forum)
        if rules != sorted(design):
            problems.append("%s rules %s != design %s" % (key, rules, design))
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s %-58s %s %5d %-6s %s%s" % (key, name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or
                                          "(none)", "  TCO %.0f share %.1f%%" % c if c else ""))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    mix = [len(my_rules(*DESIGN[k][2:4], DESIGN[k][4], DESIGN[k][5])) for k in FILES]
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed; rule counts", mix)


if __name__ == "__main__":
    main()
