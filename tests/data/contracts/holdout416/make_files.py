"""holdout416: builds ten blind, ORDINARY draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Every source text is below; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)); .txt/.md are written
as is. The labels are written from the LABELS dict; expected rules are derived from them by my own reading of policy.md
§3 (derive_rules below, not project code) and checked against the design list. The threshold scan and the length
check read back every built file.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------- z01
H416Z01 = """T:东湖区数字城管平台升级项目政府采购合同
P:合同编号：DHCG-2025-ZFCG-031　采购方式：公开招标　项目编号：DH2025-GK-118
P:甲方（采购人）：东湖区城市管理局　地址：东湖区滨江路88号
P:乙方（供应商）：江城智联信息技术有限公司　地址：江城市高新区光谷大道206号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就东湖区数字城管平台升级项目（平台软件许可及定制开发）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供数字城管平台软件V5.0许可（永久使用，不限用户数，部署于甲方政务云），并完成以下定制开发：案件智能派遣模块、视频AI识别事件对接（占道经营、暴露垃圾、违规广告三类）、部门考核评价模块、移动执法APP改造。
P:1.2 乙方负责将现有平台中2019年以来的案件数据、部件数据和网格数据迁移至新平台，并完成与区大数据中心、12345热线系统的接口对接。
H:第二条 合同价款
P:本合同总价为人民币壹佰肆拾万元整（¥1,400,000），含税，为固定总价。分项如下：
TB:序号|项目|金额（元）
TB:1|数字城管平台软件V5.0许可|680,000
TB:2|定制开发（四个模块）|520,000
TB:3|数据迁移及接口对接|146,000
TB:4|实施、部署及培训|54,000
TB:合计||1,400,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，即¥280,000。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥630,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥490,000。
H:第四条 交付期限
P:乙方应于合同签订后150日内完成部署、定制开发和数据迁移并申请初步验收。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据经逐表比对，记录数和关键字段一致；接口联调连续10日无差错；500个并发用户下页面响应不超过3秒。
P:5.2 初步验收后系统连续试运行60日，期间无一级故障，并取得第三方安全测评报告且无高危问题的，甲方组织最终验收，出具验收报告。
P:5.3 系统上线、甲方使用或支付任何款项均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的9%（即每服务年度不超过¥61,200），质保期满后三个服务年度内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前3日告知甲方）。
P:7.2 一级故障（平台无法登录或案件无法流转）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，24小时内解决。
P:7.3 每超过响应或恢复时限1小时，乙方支付¥800违约金；月度可用率每低于承诺值0.01个百分点，扣减当期维护费或质保金¥1,000。
H:第八条 数据安全
P:8.1 平台中的案件、视频截图、网格及市民诉求等全部数据属于甲方，乙方仅为履行本合同使用，不得用于其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，运维须经甲方审批并通过堡垒机进行，不得将数据复制出政务云环境。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履行本合同知悉的甲方工作秘密、网络结构和市民信息负有保密义务，合同终止后仍然有效。
H:第十条 知识产权
P:10.1 定制开发的模块、接口程序、移动端改造成果及其源代码、文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码。
P:10.2 平台软件V5.0原有知识产权仍归乙方，甲方享有永久使用权。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同义务转让或分包给第三方。
H:第十三条 合同解除
P:乙方逾期超过60日，或交付成果经两次验收仍不合格，或有其他严重违约行为的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与培训
P:15.1 乙方应指定具有信息系统项目管理师资格的项目经理，项目实施期间驻场工作，未经甲方同意不得更换。项目经理每周向甲方提交项目周报，说明进度、问题和风险。
P:15.2 乙方应对甲方系统管理员、各街道网格员和部门处置人员分批开展培训，培训不少于6场，并提供操作手册、管理员手册、接口说明和数据字典等中文文档。
P:15.3 甲方应提供政务云资源、必要的办公场地和现有系统的接口资料，并协调区大数据中心及相关部门配合联调。
H:第十六条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明。双方根据不可抗力的影响协商顺延履行期限；不可抗力持续超过90日的，任何一方可以书面通知解除合同。
H:第十七条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况报送财政部门和纪检监察机关。
H:第十八条 通知与联系人
P:18.1 甲方项目联系人为信息中心负责人，乙方项目联系人为本项目项目经理。双方联系人变更的，应提前5个工作日书面通知对方。
P:18.2 本合同项下的通知、验收申请和整改通知应以书面形式送达合同首部所列地址，或通过双方确认的电子邮箱发送。
P:18.3 乙方应按甲方档案管理要求整理项目过程文件，在最终验收时移交需求、设计、测试、培训和验收资料。
H:第十九条 履约保证金
P:乙方应在合同签订前按合同总价的5%向甲方提交履约保函，最终验收合格后15个工作日内甲方退还。
H:第二十条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为合同组成部分。
P:甲方（盖章）：东湖区城市管理局　代表：________　日期：2025年8月____日
P:乙方（盖章）：江城智联信息技术有限公司　代表：________　日期：2025年8月____日
"""

# ---------------------------------------------------------------------------------------------------------------- z02
H416Z02 = """T:冷链分割线控制系统改造及维保合同
P:合同编号：LY-RLC-2025-046
P:甲方：临沂沂蒙肉联厂有限公司
P:乙方：青岛海控自动化工程有限公司
P:鉴于甲方拟对二号车间猪胴体冷链分割线进行控制系统改造，乙方具备相应的设备供货和系统集成能力，双方经协商一致，订立本合同。
H:一、项目范围
P:（一）乙方负责分割线控制系统的设备供货、控制软件许可、分割工艺程序定制、安装调试、培训及质保期内维保。
P:（二）改造范围包括：预冷间至包装间的输送线、分段锯、排酸库出库称重工位及温度监测点，详见附件一设备清单。
H:二、合同价款
P:合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），含13%增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含分布式I/O）|4套|68,000|272,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|温度及称重传感器|120个|1,150|138,000
TB:4|工控机及HMI触摸屏|6套|21,000|126,000
TB:5|分割线控制软件及MES接口许可|1套|186,000|186,000
TB:|硬件及软件小计|||950,000
TB:6|安装调试||96,000|96,000
TB:7|分割工艺程序及追溯接口定制||118,000|118,000
TB:8|操作及维护培训||16,000|16,000
TB:|合计|||1,180,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥236,000。
P:（二）设备全部到货并经甲方签收后，支付合同总价的35%，即¥413,000。到货签收不视为验收。
P:（三）系统通过终验后，支付合同总价的45%，即¥531,000。
H:四、交货与工期
P:（一）乙方应在合同签订后60日内将设备运至甲方厂区，改造施工安排在甲方停产检修期内，不得超过18日。
P:（二）因乙方原因逾期交货或逾期完工的，每逾期一日，乙方按合同总价的万分之八支付违约金。
H:五、验收
P:（一）终验标准：分割线连续带料运行72小时无停机故障；分割节拍达到每小时420头；出库称重误差不超过±0.2%；各温度监测点数据每10秒上传一次且与校准仪表偏差不超过0.3℃；追溯接口数据与MES记录逐条一致。
P:（二）达到上述标准后，双方签署终验报告。设备安装、试生产或甲方使用，均不视为终验合格。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，设备因质量问题损坏的，乙方免费维修或更换，并负责控制程序的缺陷修复。
P:（二）质保期内甲方发现故障的，通知乙方，乙方应及时安排人员处理。
H:七、质保期满后的维保
P:（一）质保期满后，乙方可提供有偿维保服务，维保年费为硬件及软件小计的7%，即每服务年度¥66,500，质保期满后三个服务年度内不上调。
P:（二）维保合同由双方另行签订，不自动续期。
H:八、数据安全
P:（一）分割线运行数据、称重数据、温度记录及追溯数据属于甲方，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方书面批准，通过甲方提供的VPN接入，操作留存日志；不得拷贝生产数据出厂。
P:（三）发现数据泄露或控制系统被入侵的，乙方应在24小时内报告甲方，并采取补救措施；因乙方原因造成的损失由乙方承担。
H:九、保密
P:乙方对甲方的工艺参数、产能、客户及价格信息负有保密义务，合同终止后三年内仍然有效。
H:十、分包
P:乙方可将设备安装、电气布线等非主体工作分包给具有相应资质的单位，但应提前5个工作日书面通知甲方，并对分包单位的工作承担责任。
H:十一、知识产权
P:（一）为甲方定制的分割工艺程序、配方参数、追溯接口程序及其源代码、文档的知识产权归甲方所有，乙方应在终验时交付。
P:（二）控制软件原有产品的知识产权仍属乙方，甲方享有永久使用权。
H:十二、合同解除
P:乙方逾期超过30日，或系统经两次终验仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交临沂仲裁委员会仲裁。
H:十四、双方义务
P:（一）甲方应按施工计划安排停产检修窗口，提供施工用电、压缩空气接口和车间临时存放场地，并指定现场联系人。
P:（二）乙方施工人员应遵守甲方食品安全、卫生防疫和车间管理制度，进入车间须穿戴工作服、帽和鞋套，工具和材料不得接触产品。
P:（三）乙方应提供设备清单、电气图纸、控制程序说明、备件清单和操作维护手册的中文版各两套及电子版。
H:十五、安全生产
P:乙方对其施工人员的人身安全负责，应为施工人员办理意外伤害保险；动火、登高、带电作业须办理甲方作业审批。因乙方违反安全规定造成事故的，由乙方承担责任。
H:十六、培训
P:乙方应在终验前对甲方操作工、电工和设备管理人员分别进行培训，内容包括分割线操作、配方维护、常见故障排查和日常保养，培训合格后方可独立操作。
H:十七、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，双方协商顺延或解除合同。
H:十八、项目管理
P:（一）乙方应指定项目经理负责现场实施，每周向甲方设备部提交施工进度和问题清单，重大问题应当日报告。
P:（二）改造期间乙方应制定旧设备拆除、新设备安装和恢复生产的切换方案，经甲方书面确认后实施；切换方案应包括回退措施，确保检修期结束后分割线能够按时恢复生产。
P:（三）拆除的旧控制柜、旧电缆等物资归甲方所有，由乙方搬运至甲方指定地点。
H:十九、包装与运输
P:乙方应采用适合长途运输和防潮的包装，设备到货时由双方共同开箱检验，核对型号、数量和随机资料，并签署到货签收单。运输途中的损坏、丢失由乙方负责。
H:二十、通知
P:本合同项下的通知应以书面形式送达双方指定联系人。甲方联系人为设备部负责人，乙方联系人为项目经理。一方变更联系人或地址的，应及时书面通知对方。
H:二十一、备品备件
P:乙方应随设备提供首批易损件，包括伺服驱动器保险、传感器探头和触摸屏保护膜，清单见附件一。质保期内乙方应保证常用备件在3日内到厂；质保期满后八年内乙方应能继续供应控制系统备件。
H:二十二、廉洁
P:乙方不得向甲方采购、设备及生产管理人员提供回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同，并取消乙方今后参与甲方采购的资格。
H:二十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一为设备清单，附件二为分割线工艺说明。
P:甲方（盖章）：临沂沂蒙肉联厂有限公司　授权代表：________
P:乙方（盖章）：青岛海控自动化工程有限公司　授权代表：________
P:签订日期：2025年9月____日
"""

# ---------------------------------------------------------------------------------------------------------------- z03
H416Z03 = """驾校约车及学员管理SaaS服务合同

合同编号：JX-SAAS-2025-0716

甲方：安徽通达驾驶培训连锁有限公司（含下属16家驾校）
乙方：合肥行云软件科技有限公司

甲方为统一旗下16家驾校的约车、学时、收费和学员档案管理，拟采用乙方“行云驾培云”SaaS服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方及其下属16家驾校提供“行云驾培云”SaaS服务，包括学员报名及档案、在线约车约考、教练排班、学时统计、收费对账、学员端小程序及管理驾驶舱。
1.2 乙方负责一次性实施服务：历史学员数据迁移（约8.6万条）、与省驾培监管平台及计时终端的对接、16家驾校的上线培训。
1.3 乙方为甲方定制的报表及接口程序，按本合同第8条处理。

2. 服务期限
2.1 服务期为两个服务年度，自2025年10月1日起至2027年9月30日止。
2.2 服务期满前60日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
2.3 每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前30日书面通知甲方调整后的价格。

3. 费用
3.1 订阅费：每家驾校每服务年度¥13,500，16家合计每服务年度¥216,000，两个服务年度合计¥432,000。
3.2 实施费：¥68,000，一次性收取。
3.3 本合同总价为¥500,000（含6%增值税）。
3.4 订阅费按季度结算，甲方在每季度结束后15日内支付当季订阅费¥54,000；实施费在上线验收合格后15日内支付。本合同不设预付款。

4. 上线与验收
4.1 乙方应在2025年11月30日前完成全部16家驾校上线。每逾期一日，乙方按¥500/日向甲方支付违约金。
4.2 上线验收标准：迁移数据与原系统逐条核对一致；约车、学时、收费功能按验收用例全部通过；与省驾培监管平台的学时数据上传成功率达到监管要求；高峰2,000并发约车请求下响应时间不超过3秒。
4.3 满足上述标准后，双方签署上线验收单。仅开通账号或试用不视为验收。

5. 服务水平
5.1 乙方保证SaaS服务月度可用率不低于99.5%（不含经甲方同意的计划内维护时间）。
5.2 一级故障（全部驾校无法约车或登录）：30分钟内响应，2小时内恢复；二级故障：1小时内响应，8小时内恢复。
5.3 月度可用率每低于承诺值0.1个百分点，按当月订阅费的5%抵扣；一级故障超过恢复时限的，每超1小时抵扣当月订阅费的2%。

6. 数据安全
6.1 乙方应将甲方数据存储于中国境内，采用加密存储和传输，按最小权限管理运维账号，并通过网络安全等级保护三级测评。
6.2 乙方应遵守《个人信息保护法》，学员身份证件、人脸照片等敏感个人信息应单独加密，访问留痕。
6.3 发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

7. 数据归属与使用
7.1 甲方及学员在服务中产生的数据归甲方所有。
7.2 甲方同意，乙方可以对学员练车数据、约车行为数据进行去标识化处理后，用于改进乙方产品和编制驾培行业分析报告，该使用权在本合同终止后继续有效。
7.3 服务终止后30日内，乙方应向甲方完整导出甲方数据，并删除其系统中的甲方数据。

8. 知识产权
8.1 “行云驾培云”平台的知识产权归乙方。
8.2 为甲方定制的报表、数据接口程序及其文档归甲方所有，甲方可自行修改或交由第三方维护。

9. 保密
双方对在合作中知悉的对方商业信息、价格及学员信息负有保密义务，保密期至合同终止后三年。

10. 分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，须事先取得甲方书面同意。

11. 违约与解除
11.1 乙方严重违约（包括连续两个月可用率低于承诺值、发生重大数据安全事件），经甲方书面催告后15日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
11.2 甲方逾期支付订阅费超过30日的，乙方可暂停服务，但应提前10日书面通知。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交合肥仲裁委员会仲裁。

13. 双方义务
13.1 甲方应指定总部项目负责人及各驾校联络人，按期提供历史学员数据和收费标准，组织各驾校参加培训。
13.2 乙方应为甲方配备专属客户经理，每月提交服务报告，内容包括可用率、故障处理、约车量和功能使用情况。
13.3 乙方在服务期内免费提供产品版本升级；新增功能涉及甲方业务流程的，应提前15日通知甲方。

14. 培训与支持
14.1 乙方应在上线前为16家驾校的管理员、教练员和前台人员组织培训，并提供操作视频和使用手册。
14.2 乙方提供7×24小时电话及在线客服支持，普通咨询在2小时内答复。

15. 不可抗力
因自然灾害、通信网络大面积中断等不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务；不可抗力影响期间不计入可用率考核，但乙方应提供相关证明。

16. 通知
本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发送之日视为送达。

17. 服务变更
17.1 甲方新增或关闭驾校的，双方按每家驾校每服务年度¥13,500的单价，按实际服务月数增减订阅费，并签订补充协议。
17.2 甲方需要新增定制报表或接口的，乙方应在10个工作日内提供工作量评估和报价，经甲方书面确认后实施。

18. 服务终止
18.1 服务终止时，乙方应配合甲方将数据迁移至甲方指定的系统，提供数据字典和导出文件说明，并在迁移完成前保持系统只读访问。
18.2 合同终止不影响第6条、第9条及已经发生的付款义务和违约责任。

19. 廉洁与合规
乙方不得向甲方及各驾校工作人员提供回扣或其他不正当利益。乙方应确保服务符合交通运输主管部门关于驾培计时和学员信息管理的规定。

20. 服务报告与沟通
乙方应建立甲方专属服务群，及时通报计划内维护、版本升级和故障处理进度。每服务年度结束前，双方召开服务总结会，评估约车成功率、学员满意度和系统使用情况，并形成书面记录。

21. 发票与税费
乙方应在每次收款前向甲方开具合法有效的增值税专用发票。因乙方发票不合规导致甲方延期付款的，甲方不承担逾期付款责任。

22. 其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：附件一 服务功能清单；附件二 验收用例；附件三 16家驾校名单。

甲方（盖章）：安徽通达驾驶培训连锁有限公司
代表签字：__________
乙方（盖章）：合肥行云软件科技有限公司
代表签字：__________
日期：2025年9月____日
"""

# ---------------------------------------------------------------------------------------------------------------- z04
H416Z04 = """查验管理系统运维服务合同

合同编号：JLHG-YW-2025-009
采购方式：竞争性磋商

甲方：江陵海关（隶属海关）
乙方：武汉关通信息系统有限公司

根据江陵海关查验管理系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方订立本合同。

（1）服务范围
乙方为甲方查验管理系统（含查验作业、布控指令接收、查验记录、移动查验终端及集装箱机检图像调阅模块）提供运维服务，包括驻场运维、远程技术支持、故障处理、系统巡检与优化、备品备件保障及重大保障期值守。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。期满本合同终止，不自动续期。

（3）服务费用
本合同总价为人民币陆拾肆万捌仟元整（¥648,000），包括：
驻场运维服务（2人）：¥396,000
远程技术支持及应急响应：¥108,000
系统巡检与优化：¥84,000
备品备件保障：¥60,000
甲方按季度支付服务费，每季度考核合格后15个工作日内支付当季服务费¥162,000。本合同不设预付款。

（4）驻场与人员要求
乙方派驻2名运维工程师在甲方查验现场工作，工作日8:30至17:30在岗，查验高峰期按甲方要求延长。驻场人员须经甲方政审备案，更换人员须提前15日报甲方同意。

（5）服务水平
一级故障（查验作业系统整体中断或布控指令无法接收）：30分钟内响应，2小时内恢复；
二级故障（单个模块或移动终端批量异常）：1小时内响应，8小时内恢复；
三级故障（单点问题、咨询）：下一个工作日内处理完毕。
乙方每月提交巡检报告，每季度提交运维分析报告。

（6）考核
甲方按季度对乙方进行考核，考核内容为故障响应及时率、故障恢复及时率、巡检完成率和文档完整性。考核不合格的，甲方有权要求乙方限期整改，考核结果记入供应商履约评价档案。本合同不因考核结果扣减服务费，也不另行约定违约金。

（7）服务验收
服务期满后，甲方依据各季度考核记录、巡检报告、故障处理记录和运维文档清单组织服务验收，上述材料齐全且四个季度考核均合格的，出具服务验收意见。

（8）数据安全
乙方运维中接触的查验数据、布控信息、机检图像及企业信息均属甲方所有。乙方人员只能在甲方内网指定终端上作业，不得使用移动存储介质，不得将任何数据带离甲方场所；远程支持须经甲方审批并通过堡垒机进行并全程录像。发生数据泄露或安全事件的，乙方应在1小时内报告甲方，因乙方原因造成损失的，乙方承担全部赔偿责任及相应法律责任。

（9）保密
乙方及其人员对履行合同中知悉的海关工作秘密、执法信息和企业商业秘密负有保密义务，应签署保密承诺书。保密义务不因合同终止而解除。

（10）知识产权
乙方在运维中编写的脚本、配置文档、巡检报告及优化方案归甲方所有。

（11）分包
乙方不得分包或转包本合同项下的任何服务。

（12）违约责任
任何一方违反本合同约定的，应当继续履行、采取补救措施，并赔偿对方因此遭受的实际损失。

（13）合同解除
乙方连续两个季度考核不合格，或发生因乙方原因造成的重大数据安全事件，或驻场人员违反保密规定情节严重的，甲方有权书面通知乙方解除合同。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（15）运维工作内容
乙方运维工作包括：每日检查应用服务器、数据库和接口运行状态；每周检查日志和备份情况；每月完成系统巡检并提出优化建议；配合甲方完成系统升级、参数调整和布控规则更新；对移动查验终端进行日常维护和软件更新；建立运维台账，记录每次故障的发生时间、处理过程和结果。

（16）重大保障期
在进出口高峰、重大活动及甲方通知的其他重大保障期内，乙方应安排专人7×24小时值守，并提前制定应急预案，报甲方审核后执行。

（17）人员管理
乙方应建立驻场人员考勤和工作日志制度，驻场人员遵守甲方的作息、保密和安全管理规定。甲方认为驻场人员不能胜任工作的，有权要求乙方在10个工作日内更换。

（18）备品备件
乙方应为移动查验终端、打印设备及关键服务器部件储备必要的备品备件，故障部件应在2个工作日内完成更换，更换下的存储介质由甲方留存或按甲方要求现场销毁。

（19）廉洁
乙方及其人员不得向甲方工作人员提供任何礼品、宴请或其他利益。违反本条的，甲方有权解除合同并报有关部门处理。

（20）不可抗力
因不可抗力影响合同履行的，受影响一方应及时通知对方，双方协商调整服务安排；不可抗力持续超过60日的，任何一方可以书面通知解除合同。

（21）交接
服务期开始前，乙方应与甲方原运维单位完成交接，核对系统资产清单、账号权限、运维文档和遗留问题清单，交接记录经甲方确认后存档。服务期满或合同解除时，乙方应在15个工作日内向甲方或甲方指定的单位移交全部运维资料、账号和备品备件清单，并配合完成交接，交接期间不得中断服务。

（22）报告与会议
乙方每月5日前向甲方提交上月运维月报，内容包括故障统计、处理情况、巡检发现的问题和整改建议。双方每季度召开一次运维例会，总结服务情况，确定下一阶段重点工作。

（23）安全管理
乙方应遵守甲方网络安全管理制度和机房管理规定，运维操作实行工单管理，重要变更须提前提交变更方案，经甲方批准后在规定时间内实施，并保留回退方案。乙方不得在甲方网络中安装与运维无关的软件。

（24）通知
本合同项下的通知以书面形式送达双方指定的联系人。甲方联系人为科技部门负责人，乙方联系人为项目负责人。

（25）培训与知识转移
乙方应每季度为甲方系统管理人员组织一次技术培训，内容包括查验管理系统架构、常见故障排查、日志分析和应急处置流程。服务期内乙方形成的运维知识库应向甲方开放，服务期满时整理移交甲方。

（26）服务质量监督
甲方有权随时检查乙方运维工作记录，对服务质量提出意见。乙方应在收到意见后5个工作日内书面答复并落实整改措施。

（27）发票与付款
乙方应在每季度考核结果确认后开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。因财政资金拨付程序造成的付款延迟，甲方应及时告知乙方，乙方不得因此降低服务标准或中断服务。

（28）合同文件
本合同文件包括：本合同正文、磋商文件、响应文件、成交通知书及双方确认的服务方案，上述文件互为补充，如有矛盾以本合同正文为准。

（29）其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：江陵海关
代表：__________
乙方（盖章）：武汉关通信息系统有限公司
代表：__________
日期：2025年6月____日
"""

# ---------------------------------------------------------------------------------------------------------------- z05
H416Z05 = """# 实验室信息管理系统（LIMS）软件许可及实施合同

**乙方标准合同文本 QC-LIMS-HT-2024版**

合同编号：NMC-LIMS-2025-03

- 甲方：佛山市南味糯米糍食品厂有限公司
- 乙方：广州质衡软件科技有限公司

甲方因原料、半成品及成品质量检验管理需要，向乙方采购“质衡LIMS”实验室信息管理系统软件许可及定制开发服务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供质衡LIMS V6软件许可（永久许可，20个并发用户），并根据甲方需求进行定制开发：糯米粉及馅料原料检验流程、微生物检测记录模板、留样管理、与甲方ERP的来料批次接口。

1.2 乙方负责系统安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡LIMS V6软件许可（20并发） | 440,000 |
| 2 | 定制开发 | 130,000 |
| 3 | 安装部署及培训 | 30,000 |
| | 合计 | 600,000 |

合同总价为人民币陆拾万元整（¥600,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥300,000。

3.2 系统上线后10个工作日内，甲方支付合同总价的50%，即¥300,000。

## 第四条 交付

4.1 乙方在收到首笔款项后90日内完成安装部署和定制开发，并通知甲方上线。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

系统上线运行后，即视为甲方验收合格。

## 第六条 质保及维护

6.1 免费质保期为六个月，自系统上线之日起计算。

6.2 质保期满后，甲方如需乙方继续提供维护服务，维护费为每服务年度软件许可费的25%，即¥110,000，由双方另行签订维护合同。

## 第七条 技术支持

7.1 乙方提供工作日9:00至18:00的电话及远程支持。

7.2 一级故障（系统无法登录或检验数据无法录入）：乙方在8小时内响应；二级故障：在2个工作日内响应。

7.3 乙方将尽力在合理时间内排除故障，但不因故障排除时间承担任何扣款或赔偿责任。

## 第八条 知识产权

8.1 质衡LIMS软件及乙方为本项目进行的定制开发成果（包括检验流程配置、报表模板、接口程序及相关文档）的知识产权均归乙方所有。

8.2 甲方在本合同有效期内享有上述成果的非独占使用权，不得修改、反编译或提供给第三方。

## 第九条 数据安全与数据使用

9.1 系统部署于甲方服务器，检验数据归甲方所有。乙方远程维护须经甲方同意，使用甲方分配的账号，操作留存日志，不得复制检验数据。

9.2 因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施并承担相应赔偿责任。

9.3 甲方同意乙方可将脱敏后的检验结果数据用于乙方产品改进及食品检验行业模型训练。

## 第十条 保密

双方对在履行本合同过程中知悉的对方技术资料和商业秘密负有保密义务，合同终止后三年内有效。

## 第十一条 责任限制

乙方在本合同项下承担的全部责任（含违约金）累计不超过合同总价的50%。

## 第十二条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务

14.1 甲方应提供系统运行所需的服务器、数据库及网络环境，并指定项目联系人。

14.2 甲方应在乙方要求的时间内提供检验标准、检验项目清单、样品类别及ERP接口资料，并对需求确认单签字确认。

14.3 因甲方未及时提供资料或确认需求导致工期延误的，交付期限相应顺延。

## 第十五条 培训

乙方为甲方质检人员、化验员及系统管理员提供两次现场培训，培训内容包括样品登记、检验任务分配、结果录入与审核、报告打印和基础数据维护，并提供用户操作手册。

## 第十六条 不可抗力

因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

## 第十七条 通知

双方的通知应以书面形式送达本合同所列地址或指定电子邮箱。一方变更联系方式的，应在变更后5日内通知对方。

## 第十八条 项目实施

18.1 乙方指派项目经理负责本项目实施，项目经理负责需求调研、进度安排和问题协调。

18.2 乙方应在合同签订后15日内完成需求调研，出具需求确认单。需求确认单经甲方签字后作为定制开发的依据，需求变更应另行协商确定费用和工期。

18.3 系统部署完成后，乙方协助甲方进行基础数据初始化，包括检验项目、检验标准、样品类型、仪器设备台账和人员权限设置。

## 第十九条 售后服务

19.1 质保期内，乙方免费提供软件缺陷修复和远程技术支持。

19.2 质保期内乙方发布的软件补丁，乙方免费提供给甲方；软件大版本升级，按乙方届时的升级政策另行处理。

19.3 甲方服务器、数据库、操作系统及网络故障不属于乙方服务范围，乙方可协助甲方排查。

## 第二十条 合同变更

本合同的变更须经双方协商一致并签订书面补充协议。补充协议与本合同具有同等法律效力。

## 第二十一条 系统环境要求

21.1 服务器：不低于8核CPU、32GB内存、1TB存储，操作系统及数据库版本以乙方提供的环境要求说明为准。

21.2 客户端：Windows 10及以上版本，浏览器为乙方推荐的版本。

21.3 甲方变更运行环境的，应提前通知乙方，因环境变更导致系统无法正常运行的，乙方协助处理所产生的费用由甲方承担。

## 第二十二条 发票与税费

乙方在收到每笔款项前向甲方开具增值税专用发票，软件许可部分按软件产品开具，定制开发及服务部分按技术服务开具。

## 第二十三条 合同文件

本合同附件包括：附件一 功能清单；附件二 定制开发需求说明；附件三 系统环境要求。附件与本合同正文具有同等效力，如有冲突，以本合同正文为准。

## 第二十四条 联系人

甲方联系人为品质部负责人，乙方联系人为本项目项目经理。项目实施期间的需求确认、问题反馈和进度沟通，由双方联系人以书面或电子邮件方式进行，双方联系人变更的，应及时通知对方。

## 第二十五条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：佛山市南味糯米糍食品厂有限公司　代表：________

乙方（盖章）：广州质衡软件科技有限公司　代表：________

日期：2025年____月____日
"""

# ---------------------------------------------------------------------------------------------------------------- e01
H416E01 = """T:Software Licence and Services Agreement
P:Agreement No. AMX-CN-2025-022
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Alpenmatrix Software AG, a company incorporated in Switzerland with its registered office at Neuhofstrasse 12, 6340 Baar, Switzerland (the "Vendor"); and
P:(2) Shaoxing Keqiao Huafang Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Keqiao District, Shaoxing, Zhejiang Province (the "Customer").
P:Background: The Customer operates two printing and dyeing plants and wishes to replace its production planning and colour quality control tools. The Vendor licenses the AMX Dye Planner suite and provides implementation services. At the Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the AMX Dye Planner server, the named user licences and the Colour QC module listed in Article 3, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the configurations, recipe conversion rules, ERP and spectrophotometer interfaces, reports and any other work product the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
P:1.4 "Customer Data" means all production orders, recipes, colour measurements, quality records and other data entered into or generated by the Licensed Software at the Customer's plants.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its two plants in Shaoxing for its own business, including use by its contractors on its behalf.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer shall not decompile the Licensed Software except as permitted by mandatory law.
P:2.3 The Licensed Software remains the property of the Vendor and its licensors.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,260,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|AMX Dye Planner server licence (perpetual)|1|420,000
TB:2|Named user licences (perpetual)|60|288,000
TB:3|Colour QC module (perpetual)|1|172,000
TB:|Licence Subtotal||880,000
TB:4|Implementation and configuration|fixed price|236,000
TB:5|ERP and spectrophotometer interfaces|fixed price|118,000
TB:6|Training (key users and administrators)|fixed price|26,000
TB:|Contract Price||1,260,000
P:3.2 The prices are fixed for the scope in this Agreement and include travel and expenses.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoices:
P:(a) 20% (CNY 252,000) within 30 days after signature of this Agreement;
P:(b) 45% (CNY 567,000) within 30 days after the Installation Certificate, which confirms that the Licensed Software is installed in the Customer's test and production environments and does not constitute acceptance;
P:(c) 35% (CNY 441,000) within 30 days after Final Acceptance.
P:4.2 Invoices shall be valid Chinese VAT invoices issued through the Vendor's local billing agent. Payments are made by bank transfer in CNY.
H:Article 5 Project Plan and Delay
P:5.1 The Vendor shall complete installation within 45 days and be ready for Final Acceptance tests within 150 days after signature, following the project plan in Annex 1.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 The acceptance tests shall verify that: (a) all functions in the functional specification pass the agreed test scripts; (b) recipes converted from the legacy system reproduce the recorded colour values within Delta E 0.8 for a sample of 300 recipes; (c) the ERP interface transfers production orders and consumption without loss over 10 consecutive working days; and (d) the production plan for both plants is calculated in no more than 90 seconds.
P:6.2 After the tests are passed, the system shall run in production for 30 days without a Severity 1 incident.
P:6.3 When the criteria in Articles 6.1 and 6.2 are met, the Customer shall sign the Final Acceptance certificate within 10 working days. Installation, go-live, productive use or any payment shall not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, new releases and support free of charge.
P:7.2 Support requests are classified by severity. Severity 1 (production planning or colour QC unavailable at a plant): response within 1 hour, 24x7, and a workaround within 8 hours. Severity 2 (material function impaired): response within 2 hours on working days and a fix within 3 working days. Severity 3: response next working day.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 or Severity 2 response or workaround time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or the support fee.
P:7.4 After the Warranty Period the Customer may order annual support at 11% of the Licence Subtotal per Support Year (CNY 96,800). This fee is fixed for the first three Support Years after the Warranty Period. Support is ordered each Support Year by purchase order; it does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Licensed Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third parties maintaining its systems.
P:8.3 The Vendor shall defend the Customer against any claim that the Licensed Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:9.2 The Licensed Software is installed on the Customer's servers in China. The Vendor's remote access requires the Customer's approval for each session, runs through the Customer's VPN with multi-factor authentication and is logged. No Customer Data shall be transferred outside the Customer's systems or outside China.
P:9.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall cooperate in the remedy, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party, including recipes, colour formulas, production volumes, customer lists and prices, and use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement, and for recipes and colour formulas without limit of time.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to wilful misconduct, gross negligence, personal injury, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Vendor may subcontract parts of the services only with the Customer's prior written consent and remains fully responsible for its subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after a written request.
P:13.2 The Customer may also terminate if delay damages under Article 5.2 reach their maximum. On termination for the Vendor's breach the Vendor shall refund the amounts paid for undelivered or unaccepted parts.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the substantive law of Switzerland, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute shall be finally resolved by arbitration under the Swiss Rules of International Arbitration. The seat of arbitration is Zurich, and the language is English.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, gives evidence within 15 days and uses reasonable efforts to reduce the effect.
P:15.2 The time for performance is extended by the period of the force majeure event. If an event prevents performance for more than 90 days, either party may terminate this Agreement by written notice, and the Vendor shall refund the amounts paid for undelivered parts.
H:Article 16 General
P:16.1 Annexes: Annex 1 Project Plan; Annex 2 Functional Specification; Annex 3 Acceptance Test Scripts. In case of conflict this Agreement prevails.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is executed in two English originals, one for each party.
P:For the Vendor: Alpenmatrix Software AG, Name: ____________, Title: ____________, Date: ____________
P:For the Customer: Shaoxing Keqiao Huafang Printing and Dyeing Co., Ltd., Name: ____________, Title: ____________, Date: ____________
"""


# ---------------------------------------------------------------------------------------------------------------- e02
H416E02 = """# Order Form RW-2025-0188

**Roosterwijs B.V.**, Oudegracht 214, 3511 NR Utrecht, the Netherlands ("Roosterwijs")

**Customer:** Chengdu Xianfeng Fresh Market Chain Co., Ltd., Wuhou District, Chengdu, Sichuan Province, PRC ("Customer")

This Order Form and the General Terms below form the agreement between Roosterwijs and Customer (the "Agreement"). At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

## Part A - Order Details

| Item | Details |
|---|---|
| Service | Roosterwijs Workforce Cloud: shift planning, time and attendance, labour cost forecasting, employee mobile app |
| Scope | 38 stores, 2 distribution centres, up to 1,450 employees |
| Hosting | Mainland China region of Roosterwijs' cloud infrastructure provider (Shanghai) |
| Subscription Term | 1 January 2026 to 31 December 2027 (two Subscription Years) |
| Onboarding Go-Live Date | 15 December 2025 |

### Fees

| Fee | Amount (CNY) |
|---|---|
| Subscription fee per Subscription Year | 312,000 |
| Subscription fees, two Subscription Years | 624,000 |
| Onboarding (one-time): configuration, data import, payroll export, training | 56,000 |
| Total Contract Value | 680,000 |

### Invoicing

- Subscription fees are invoiced quarterly in arrears, CNY 78,000 per quarter, payable within 30 days of invoice.
- The onboarding fee is invoiced after Go-Live Acceptance under Section 3 of the General Terms.
- No fee is payable before the Subscription Term starts.

### Service Levels

| Metric | Commitment |
|---|---|
| Monthly availability of the production service | 99.95% |
| Priority 1 (service unavailable for all stores): response | 30 minutes, 24x7 |
| Priority 1: restoration target | 3 hours |
| Priority 2 (a key function unavailable): response | 2 business hours |
| Priority 3 (other issues): response | next business day |

Service credits: if monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 per started hour of delay. Credits are deducted from the next invoice and are capped at half of the monthly subscription fee per month.

### Signatures

| | Roosterwijs B.V. | Customer |
|---|---|---|
| Name | ________________ | ________________ |
| Title | ________________ | ________________ |
| Date | ________________ | ________________ |

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the Roosterwijs Workforce Cloud described in the Order Form, including the mobile app and its documentation.

1.2 "Customer Data" means all data that Customer or its employees enter into the Service, including employee names, contact details, shift records, clock-in times, absence records and payroll exports.

1.3 "Customer Configurations" means the shift rules, store templates, labour law rule sets, reports and payroll export formats that Roosterwijs configures specifically for Customer.

### 2. Provision of the Service

2.1 Roosterwijs shall make the Service available to Customer and its authorised users during the Subscription Term in accordance with the Order Form and the documentation.

2.2 Roosterwijs may improve the Service from time to time, provided that no change materially reduces its functionality.

2.3 Customer is responsible for the accuracy of the Customer Data and for the use of the Service by its users.

### 3. Onboarding and Go-Live Acceptance

3.1 Roosterwijs shall carry out the onboarding so that the Service is ready for Go-Live Acceptance by the Onboarding Go-Live Date.

3.2 Go-Live Acceptance requires that: (a) all 40 sites and their employees have been imported and reconciled against Customer's HR list; (b) the shift rules for each store type pass the agreed test cases; (c) a parallel payroll run for one pay period produces the same hours as Customer's current system for every employee; and (d) the mobile app works on the agreed Android and iOS versions.

3.3 When these criteria are met Customer shall sign a Go-Live Acceptance certificate. Use of the Service before that certificate is not acceptance.

3.4 If Go-Live Acceptance is delayed for reasons attributable to Roosterwijs, Roosterwijs shall pay Customer liquidated damages of CNY 600 for each day of delay, up to a total of CNY 36,000.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Roosterwijs may use Customer Data only to provide the Service to Customer and for no other purpose.

4.2 Within 30 days after the end of the Subscription Term, Roosterwijs shall make the Customer Data available for export in CSV format.

### 5. Intellectual Property

5.1 Roosterwijs retains all rights in the Service and its underlying software.

5.2 Customer Configurations belong to Customer. Customer may use and modify them and have them used by third parties after the end of the Agreement.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public information it receives from the other party, including prices, store performance figures and the terms of this Agreement, and use it only for the purposes of the Agreement.

6.2 The obligation does not apply to information that is public, already known to the recipient or independently developed, and continues for three years after the end of the Agreement.

### 7. Liability

7.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer under the Agreement in the six months before the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.3 The limits do not apply to wilful misconduct or gross negligence.

### 8. Subcontracting

Roosterwijs shall not subcontract the Service or any part of the onboarding to a third party without Customer's prior written consent, except for its cloud infrastructure provider named in the Order Form, and remains responsible for anyone it engages.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term and ends on its last day. Any further period requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

9.3 Customer may also terminate if monthly availability falls below the commitment in any two consecutive months.

9.4 On termination by Customer for Roosterwijs' breach, Roosterwijs shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The language of the arbitration is English.

### 11. Customer Obligations

11.1 Customer shall provide the employee master data, store opening hours, shift rules and payroll export requirements needed for onboarding in the agreed formats and on the dates in the onboarding plan.

11.2 Customer shall nominate a project lead and an administrator for each region, make key users available for testing, and keep user credentials secure.

11.3 Customer shall use the Service in accordance with applicable law, including PRC labour law and working time rules, and shall not upload content that infringes third-party rights.

### 12. Support and Reporting

12.1 Roosterwijs shall provide support in Chinese and English through its portal, email and a hotline, and shall assign a named customer success manager.

12.2 Roosterwijs shall send Customer a monthly report showing availability, incidents, response times, credits due and open support tickets.

12.3 Planned maintenance shall be announced at least 5 days in advance and scheduled between 01:00 and 05:00 Beijing time.

### 13. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or general telecommunications failures, provided that it informs the other party promptly and resumes performance as soon as possible. Payment obligations for services actually provided are not excused.

### 14. Changes to Scope

14.1 Customer may add stores or employees at any time. Additional stores are charged pro rata at the per-store rate in the price list attached to this Order Form, which is fixed for the Subscription Term.

14.2 Additional configuration work requested after Go-Live Acceptance is charged at CNY 4,800 per consultant day on the basis of a written estimate approved by Customer before the work starts.

14.3 Reductions in the number of stores take effect at the start of the next quarter. The onboarding of additional stores follows the procedure and acceptance criteria in Section 3.

### 15. General

15.1 Notices shall be given in writing to the addresses in the Order Form.

15.2 If the Order Form and these General Terms conflict, the Order Form prevails.

15.3 Neither party may assign the Agreement without the other party's prior written consent.
"""

# ---------------------------------------------------------------------------------------------------------------- e03
H416E03 = """T:Supply and Installation Contract for Grain Condition Monitoring Equipment
P:Contract No. ZZGR-2025-EQ-014
P:Buyer: Zhengzhou Beijiao Grain Reserve Depot Co., Ltd., Huiji District, Zhengzhou, Henan Province, PRC (the "Buyer")
P:Supplier: Kornsens Messtechnik GmbH, Gewerbering 9, 85356 Freising, Germany (the "Supplier")
P:The Buyer invited offers for a grain condition monitoring system for its 16 warehouses. The Supplier's offer was selected. The parties therefore agree as follows. All prices are in Chinese yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission temperature sensing cables, humidity and carbon dioxide sensors, wireless gateways and the KornView monitoring software, and integrate the system with the Buyer's depot management system, as specified in Annex 1 (Technical Specification).
P:1.2 The scope includes mounting materials, cabling inside the warehouses, configuration of alarm thresholds for each grain type, training and documentation in Chinese.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,480,000, including VAT, import duties, transport, insurance and installation. It is fixed for the scope of this Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature sensing cable, 18 sensing points|640|1,150|736,000
TB:2|Wireless gateway with backup battery|32|6,800|217,600
TB:3|Humidity and CO2 sensor|64|2,900|185,600
TB:4|KornView monitoring software, perpetual site licence|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,287,200
TB:5|Installation and commissioning|lot|118,400|118,400
TB:6|Integration with depot management system|lot|64,000|64,000
TB:7|Training|lot|10,400|10,400
TB:|Contract Price|||1,480,000
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 148,000) within 15 days after signature, against an advance payment bank guarantee of the same amount issued by a bank in China.
P:3.2 Installation payment: 55% of the Contract Price (CNY 814,000) within 30 days after the Buyer signs the Installation Certificate for all 16 warehouses. The Installation Certificate confirms completeness of installation only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 518,000) within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the depot within 75 days and complete installation within 110 days after signature. Installation in each warehouse shall be coordinated with the Buyer's grain inspection schedule.
P:4.2 If the Supplier misses either date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every sensing point reports a value and deviates by no more than 0.5 degrees Celsius from a calibrated reference in a sample of 5% of the points; (b) readings from all warehouses reach the monitoring software within 10 minutes of measurement; (c) alarms for high temperature and carbon dioxide are raised and forwarded to the depot management system in a field test in each warehouse; and (d) the system runs for 30 consecutive days without a Severity 1 fault.
P:5.2 When the tests are passed, the parties sign the Final Acceptance Certificate. Delivery, installation, use of the system or any payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective items and correct software defects free of charge, including parts, labour and travel.
P:6.2 The service levels in Annex 2 apply during the warranty period. Credits under Annex 2 are deducted from the amounts payable or paid by the Supplier on request.
P:6.3 After the warranty period the Buyer may order support for two further Support Years at 6% of the Hardware and Licence Subtotal per Support Year (CNY 77,232). This price is fixed. Support is ordered by separate purchase order and does not renew automatically.
P:6.4 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:Section 7 Data Security
P:7.1 All grain condition data, warehouse layouts and alarm records belong to the Buyer. The monitoring software is installed on the Buyer's servers. The Supplier may use these data only to perform this Contract.
P:7.2 Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy data outside the Buyer's systems. The gateways shall use encrypted communication and passwords changed from their defaults.
P:7.3 The Supplier shall notify the Buyer of any security incident within 12 hours, cooperate in the investigation and remedy, and compensate the Buyer for losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The integration interface, alarm configurations and scripts made for the Buyer, with their source code and documentation, belong to the Buyer, who may use and modify them freely.
P:8.2 The KornView software remains the Supplier's property and is licensed to the Buyer perpetually for use at the depot.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's storage volumes, warehouse plans and security arrangements, for three years after the end of this Contract.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Section 7.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Section 4.2 reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:Section 14 Training and Documentation
P:14.1 The Supplier shall train at least 12 of the Buyer's warehouse keepers and 3 system administrators at the depot. Training covers the monitoring software, alarm handling, sensor cable replacement, gateway maintenance and basic troubleshooting.
P:14.2 The Supplier shall deliver in Chinese the operating manual, maintenance manual, as-built drawings showing the position of every sensing cable, the list of spare parts and the test records, in two printed copies and in electronic form.
H:Section 15 Packing, Transport and Customs
P:15.1 The Supplier shall pack the equipment suitably for sea and road transport and bears the risk of loss or damage until the equipment is unloaded at the depot and the Buyer has signed the delivery note.
P:15.2 The Supplier is responsible for export formalities, import customs clearance in China and any compulsory product certification. The Buyer shall provide the documents it holds that are needed for clearance.
H:Section 16 Force Majeure
P:A party affected by force majeure shall notify the other party within 5 days and provide evidence. Time for performance is extended accordingly. If force majeure lasts more than 90 days, either party may terminate this Contract by written notice, and the Supplier shall refund the amounts paid for items not delivered.
H:Section 17 Inspection at the Factory
P:17.1 Before shipment the Supplier shall test every sensing cable and gateway at its factory and provide the test records. The Buyer may send up to two representatives to witness the factory tests at its own cost.
P:17.2 Factory tests do not release the Supplier from its obligations under Sections 5 and 6.
H:Section 18 Notices and Contacts
P:Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the project managers named in Annex 1. Each party shall inform the other without delay of any change of its contact details.
H:Section 19 Compliance
P:The Supplier shall comply with the Buyer's safety rules for grain warehouses, including the rules on fumigation periods, confined spaces and work at height. The Supplier's staff shall not enter a warehouse under fumigation and shall follow the instructions of the Buyer's safety officer at all times.
H:Annex 2 Service Levels
TB:Severity|Definition|Response|On site|Credit for late response
TB:Severity 1|Monitoring of a whole warehouse or the software unavailable|1 hour|24 hours|CNY 800 per started hour
TB:Severity 2|Part of a warehouse or an alarm function unavailable|2 hours|48 hours|CNY 300 per started hour
TB:Severity 3|Single sensor or minor issue|next working day|planned visit|none
P:For the Buyer: ____________________  Date: ____________
P:For the Supplier: ____________________  Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------- e04
H416E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. NL-MSA-2025-061

**BETWEEN** Nordlys Managed IT ApS, Aaboulevarden 31, 8000 Aarhus C, Denmark ("Provider")

**AND** Hangzhou Yaxin Dental Clinics Management Co., Ltd., Gongshu District, Hangzhou, Zhejiang Province, PRC ("Customer")

**BACKGROUND.** Customer operates 22 dental clinics in Zhejiang Province and wishes to outsource the operation of its clinic IT: service desk, endpoint management, clinic networks and backup of its practice management system. Provider delivers managed IT services to healthcare groups. At the Customer's request all charges are stated and payable in Chinese yuan (CNY).

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Initial Term" means the period of 24 months starting on the Service Commencement Date.

1.3 "Service Commencement Date" means the date of Transition Acceptance under Clause 3.

1.4 "Customer Data" means all data of Customer, its patients and staff that Provider accesses, stores or processes in performing the Services, including patient records, X-ray images, appointment data and backups.

## 2. SERVICES

2.1 Provider shall perform the Services from the Service Commencement Date for the Initial Term in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 Provider shall perform the Services through its service centre and field engineers, with remote access approved under Clause 6.

2.3 Customer shall give Provider's engineers reasonable access to the clinics during opening hours and shall keep a named contact person at each clinic.

## 3. TRANSITION AND TRANSITION ACCEPTANCE

3.1 Provider shall complete the transition of all 22 clinics within 60 days after signature, following the transition plan in Schedule 1.

3.2 Transition Acceptance requires that: (a) all endpoints, printers, intraoral scanners and network devices of the 22 clinics are recorded in the configuration database and reconciled with Customer's asset list; (b) endpoint management and patching cover every Windows device; (c) a full backup and a test restore of the practice management database succeed; (d) the service desk has handled live tickets for 14 days within the Schedule 2 service levels; and (e) runbooks for each clinic are approved by Customer.

3.3 Customer shall sign a Transition Acceptance certificate within 5 working days after the criteria are met. Starting the service desk before that date does not mean acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay liquidated damages of CNY 900 for each day of delay, up to CNY 54,000.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 3. The Contract Value is CNY 1,200,000.

4.2 Customer shall pay an advance payment of CNY 540,000, which is 45% of the Contract Value, within 10 days after signature of this Agreement and before the transition starts. The advance payment covers the Transition Charge and is set off against the Monthly Service Charges from the first month until it is used up.

4.3 After the advance payment is used up, Provider shall invoice the Monthly Service Charge monthly in arrears, payable within 30 days of invoice.

## 5. INTELLECTUAL PROPERTY

5.1 Provider retains its tools, monitoring software and general know-how.

5.2 The runbooks, network diagrams, configuration records and scripts made for Customer belong to Customer, which may use and modify them and hand them to any successor provider.

## 6. DATA SECURITY AND DATA PROTECTION

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's instructions.

6.2 Customer Data shall remain in China. Provider's engineers access Customer systems only through Customer's jump server with multi-factor authentication; every session is logged and reviewed monthly.

6.3 Provider shall comply with the PRC Personal Information Protection Law, Data Security Law and healthcare data rules, encrypt backups, and train its staff in patient data handling.

6.4 Provider shall notify Customer of any security incident affecting Customer Data within 6 hours, cooperate in the investigation and notifications to authorities, and bear all losses, fines and costs caused by its breach of this Clause.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information of the other party, including patient information, prices and business plans, and use it only for this Agreement.

7.2 The obligation continues for three years after the end of this Agreement and, for patient information, without limit of time.

## 8. SUBCONTRACTING

Provider may engage subcontractors for on-site work at the clinics only with Customer's prior written consent. Provider remains responsible for its subcontractors.

## 9. LIABILITY

9.1 Provider's total liability under this Agreement is limited to 150% of the Contract Value.

9.2 The limit does not apply to breach of Clauses 6 and 7, personal injury or wilful misconduct.

## 10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the Initial Term. It does not renew automatically.

10.2 Customer may not terminate this Agreement before the end of the Initial Term. Customer's remedies for any failure of Provider to perform the Services are the service credits in Schedule 2 and damages under Clause 9.

10.3 Provider may terminate this Agreement if Customer fails to pay undisputed charges within 60 days after a written reminder.

10.4 Either party may terminate if force majeure prevents performance for more than 90 consecutive days.

10.5 On expiry Provider shall support the handover to Customer or a successor provider for up to 30 days at the rates in Schedule 3.

## 11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 12. GOVERNANCE AND REPORTING

12.1 Each party shall appoint a service manager. The service managers shall meet monthly to review service performance, open incidents, changes and planned clinic openings.

12.2 Provider shall deliver a monthly service report covering ticket volumes, response and resolution times against Schedule 2, credits due, patch compliance, backup results and security events.

12.3 Provider shall hold a quarterly review with Customer's management and propose improvements to the clinic IT environment.

## 13. CUSTOMER OBLIGATIONS

13.1 Customer shall provide Provider with the information, access rights and licences for third-party software needed to perform the Services.

13.2 Customer shall inform Provider of new clinics at least 30 days before opening. New clinics are added at the charges in Schedule 3 by written change order.

## 14. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or general power or network failures, if it informs the other party promptly and takes reasonable steps to resume performance.

## 15. CHANGES

15.1 Either party may propose changes to the Services. A change takes effect only when both parties sign a change order describing its scope, charges and effect on the service levels.

15.2 Provider shall not change the tools used to manage Customer's devices without giving Customer 30 days' notice and a migration plan. Provider shall bear the cost of any such change that it initiates.

## SCHEDULE 1 - SERVICES

| Service | Description |
|---|---|
| Service desk | Chinese-language service desk by phone, chat and portal, 7:30 to 21:00, seven days a week |
| Endpoint management | 410 Windows PCs and 60 tablets: patching, antivirus, software distribution, asset records |
| Clinic networks | 22 clinic routers, switches and Wi-Fi access points: monitoring and configuration |
| Backup | Daily backup of the practice management system and imaging server, monthly restore test |
| Field support | Engineer visits to clinics in Hangzhou, Ningbo, Shaoxing and Jiaxing |
| Transition | Inventory, onboarding of tools, runbooks, knowledge transfer |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution target | Credit if missed |
|---|---|---|---|---|
| P1 | A clinic cannot use the practice management system or imaging | 30 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| P2 | Several workstations in a clinic unusable | 1 hour | next business day | 1% of the Monthly Service Charge per incident |
| P3 | Single user or device problem | 8 business hours | 3 business days | none |

Total credits in a month are limited to one fifth of the Monthly Service Charge.

## SCHEDULE 3 - CHARGES

| Charge | Amount (CNY) |
|---|---|
| Transition Charge (one-time) | 84,000 |
| Monthly Service Charge | 46,500 |
| Monthly Service Charges for the Initial Term (24 months) | 1,116,000 |
| Contract Value | 1,200,000 |
| Additional engineer day (on request) | 3,200 |

## SIGNATURES

| | Provider | Customer |
|---|---|---|
| Name | ______________ | ______________ |
| Title | ______________ | ______________ |
| Date | ______________ | ______________ |
"""


# ---------------------------------------------------------------------------------------------------------------- e05
H416E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: RDS-SUB-2025-0347

Rheintal Data Services AG, Landstrasse 55, 9494 Schaan, Principality of Liechtenstein ("RDS")

and

Qingdao Haiyun Grain and Oil Trading Co., Ltd., Shinan District, Qingdao, Shandong Province, PRC ("Customer")

Recitals

(A) RDS collects, cleans and publishes market and weather data for agricultural commodities and provides them through its application programming interface (the "RDS API").

(B) Customer imports soybeans, rapeseed and vegetable oils and wishes to receive price, freight and crop weather data through the RDS API for its trading desk and risk reports.

(C) At the Customer's request all fees under this Agreement are stated and payable in Chinese yuan (CNY).

The parties agree as follows.

Clause 1. Definitions

1.1 "Data" means the data series listed in Schedule A that RDS makes available through the RDS API, together with their metadata.

1.2 "Subscription Years" means the period from 1 November 2025 to 31 October 2026 (the first Subscription Year) and the period from 1 November 2026 to 31 October 2027 (the second Subscription Year). Together they form the "Term".

1.3 "Customer Materials" means the portfolio lists, position files, watch lists and query parameters that Customer uploads to or sends through the RDS API, and the logs of Customer's queries.

1.4 "Custom Feeds" means the combined data feeds, mappings to Customer's product codes and dashboard templates that RDS builds specifically for Customer under Clause 3.

Clause 2. Subscription

2.1 RDS grants Customer, for the Term, a non-exclusive, non-transferable right to access the RDS API and to use the Data within its own business in China, including in internal reports, risk models and trading decisions, for up to 25 named users and 4 system accounts.

2.2 Customer may keep Data received during the Term and use it internally after the Term, but may not resell the Data or publish it in raw form.

2.3 RDS shall keep the Data series listed in Schedule A available for the Term. RDS may add series. It may remove a series only if its source stops publishing it, and shall then offer an equivalent series.

Clause 3. Set-up and Acceptance

3.1 RDS shall set up Customer's accounts, build the Custom Feeds described in Schedule A and provide a test environment by 15 October 2025.

3.2 The set-up is accepted when Customer's acceptance test shows that: (a) all 46 data series in Schedule A are delivered with complete history from January 2015; (b) the Custom Feeds map every series to Customer's product codes without error; (c) intraday price series arrive with a delay of no more than 60 seconds from the source during a test week; and (d) the API answers a standard query in no more than 800 milliseconds in 95 of 100 test calls. Customer shall sign a Set-up Acceptance note within 5 working days after the tests are passed. Access to the test environment alone is not acceptance.

3.3 If Set-up Acceptance is delayed beyond 31 October 2025 for reasons attributable to RDS, RDS shall pay Customer CNY 400 for each day of delay, up to CNY 24,000.

Clause 4. Fees and Payment

4.1 The fees are:
- Subscription fee: CNY 268,000 per Subscription Year, CNY 536,000 for the Term;
- Set-up fee (one-time, including the Custom Feeds): CNY 24,000.
The total Contract Value is CNY 560,000.

4.2 The set-up fee is invoiced after Set-up Acceptance. The subscription fee is invoiced quarterly in arrears, CNY 67,000 per quarter. Invoices are payable within 30 days. No amount is payable in advance.

4.3 The fees are fixed for the Term.

Clause 5. Service Levels

5.1 RDS shall keep the RDS API available at least 99.95% of each calendar month, excluding maintenance windows announced 5 days in advance and held on Sundays between 02:00 and 06:00 Beijing time.

5.2 RDS shall respond to incidents as follows: Priority 1 (API unavailable or data for all series stale): within 1 hour, at any time; Priority 2 (a series missing or delayed): within 3 hours on business days; Priority 3: within 2 business days.

5.3 RDS shall report availability and incidents monthly.

5.4 No service credits, fee reductions or other compensation apply if RDS does not meet the service levels in this Clause 5. RDS shall use its best efforts to restore the service.

Clause 6. Data Security

6.1 Customer Materials belong to Customer. RDS shall use them only to provide the RDS API to Customer and shall not use them for any other purpose, including product development or analysis of market positions.

6.2 RDS shall store Customer Materials encrypted on servers operated under ISO 27001, restrict access to named RDS engineers with multi-factor authentication and log each access. RDS shall delete Customer Materials within 30 days after the end of the Term and confirm the deletion in writing.

6.3 RDS shall notify Customer of any unauthorised access to Customer Materials or Customer's API keys within 24 hours, take immediate measures to contain it, and indemnify Customer for losses caused by its breach of this Clause 6.

Clause 7. Intellectual Property

7.1 RDS and its sources retain all rights in the Data and the RDS API, subject to the rights granted in Clause 2.

7.2 The Custom Feeds, including the product code mappings and dashboard templates, belong to Customer upon delivery. Customer may use, modify and license them freely, also after the Term.

Clause 8. Warranties

8.1 RDS warrants that it has the right to license the Data as provided in this Agreement and that it collects the Data with reasonable skill and care from the sources named in Schedule A.

8.2 RDS shall correct wrong or missing data within 1 business day after it becomes aware of the error.

Clause 9. Liability

9.1 RDS's total liability under this Agreement is limited to CNY 840,000.

9.2 Neither party is liable for trading losses, loss of profit or indirect loss, except in case of wilful misconduct or gross negligence.

Clause 10. Subcontracting

RDS shall not subcontract the operation of the RDS API or the Custom Feeds without Customer's prior written consent. The data sources named in Schedule A are not subcontractors.

Clause 11. Term and Termination

11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written amendment.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 If Customer terminates under Clause 11.2, RDS shall refund any fees paid for the period after termination.

Clause 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The language of the arbitration is English.

Clause 13. Acceptable Use

13.1 Customer shall keep its API keys secret, shall not share accounts between named users, and shall inform RDS without delay if it believes an API key has been compromised.

13.2 Customer shall not use the RDS API in a way that exceeds the agreed query volume of 200,000 calls per day. If Customer needs more, the parties shall agree the additional fee in writing before RDS raises the limit.

Clause 14. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, including the failure of a data source or of public networks, provided that it informs the other party promptly and resumes performance as soon as possible.

Clause 15. Training and Support Contacts

RDS shall provide two online training sessions for Customer's analysts and IT staff at the start of the Term, covering the API documentation, authentication, query design and the Custom Feeds, and shall name a support contact for each party's working hours. Further training sessions can be ordered at CNY 3,600 per session.

Clause 16. General

16.1 Neither party may assign this Agreement without the other party's prior written consent.

16.2 Notices shall be in writing and sent by email with confirmation by courier to the addresses above.

16.3 This Agreement is executed in English in two originals.

Schedule A - Data Series and Custom Feeds

1. Futures prices: soybeans, soybean meal, soybean oil, rapeseed, palm oil (Dalian, Zhengzhou, Chicago, Bursa Malaysia), intraday and end of day.
2. Physical prices: Brazilian, Argentine and US Gulf soybean FOB premiums; Black Sea sunflower oil; Canadian canola.
3. Freight: Panamax and Supramax indices; Brazil to China and US Gulf to China freight estimates.
4. Crop weather: daily rainfall and temperature for 18 growing regions; weekly crop condition reports.
5. Custom Feeds: a combined daily feed mapped to Customer's 31 product codes; a morning dashboard template for the trading desk.

Signed:

For Rheintal Data Services AG: ______________________  Date: __________

For Qingdao Haiyun Grain and Oil Trading Co., Ltd.: ______________________  Date: __________
"""

# ======================================================================================================== files & labels
DOCS = {  # key: (file name, kind, language, source)
    "h416z01": ("h416z01_urban_management_platform_upgrade.pdf", "pdf", "zh", H416Z01),
    "h416z02": ("h416z02_meat_plant_cold_chain_cutting_line_control.docx", "docx", "zh", H416Z02),
    "h416z03": ("h416z03_driving_school_chain_booking_saas.txt", "txt", "zh", H416Z03),
    "h416z04": ("h416z04_customs_inspection_system_maintenance.txt", "txt", "zh", H416Z04),
    "h416z05": ("h416z05_glutinous_rice_cake_factory_lims_supplier_template.md", "md", "zh", H416Z05),
    "h416e01": ("h416e01_dyeing_plant_planning_licence_swiss_vendor.pdf", "pdf", "en", H416E01),
    "h416e02": ("h416e02_fresh_market_workforce_saas_order_form.md", "md", "en", H416E02),
    "h416e03": ("h416e03_grain_depot_monitoring_sensors_supply.docx", "docx", "en", H416E03),
    "h416e04": ("h416e04_dental_clinics_managed_it_services.md", "md", "en", H416E04),
    "h416e05": ("h416e05_grain_trader_market_data_api_subscription.txt", "txt", "en", H416E05),
}

T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(category, kind, value, terms, sla=True, ld=True, capped=None, deemed=False, fee_base=None, forum_outside=False):
    assert len(terms) == len(T_KEYS) - 1
    t = dict(zip(T_KEYS, list(terms) + [kind]))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"category": category, "terms": t, "extra": extra, "fee_base": fee_base, "forum_outside": forum_outside}


G, S = "goods_or_licence", "service"
#                         avail   p1    remedy ip        ds     owns   conf   ld      cap    prep  acc   final warr pwf  auto   term   sub    law
LABELS = {
    "h416z01": lab("software", G, 1400000, (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC"),
                   capped=True, fee_base=680000),
    "h416z02": lab("hardware", G, 1180000, (None, None, False, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 7, False, True, True, "PRC"),
                   sla=False, capped=True, fee_base=950000),
    "h416z03": lab("cloud", S, 500000, (99.5, 0.5, True, "buyer", True, False, True, 500 / 500000 * 100, None, None, True, None, None, None, True, True, False, "PRC")),
    "h416z04": lab("services", S, 648000, (None, 0.5, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False, "PRC"),
                   ld=False),
    "h416z05": lab("software", G, 600000, (None, 8, False, "supplier", True, False, True, 0.02, 50, 50, False, False, 6, 25, False, True, None, None),
                   capped=True, deemed=True, fee_base=440000),
    "h416e01": lab("software", G, 1260000, (None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Switzerland"),
                   capped=True, fee_base=880000, forum_outside=True),
    "h416e02": lab("cloud", S, 680000, (99.95, 0.5, True, "buyer", False, True, True, 600 / 680000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC")),
    "h416e03": lab("hardware", G, 1480000, (None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False, "PRC"),
                   capped=True, fee_base=1287200),
    "h416e04": lab("services", S, 1200000, (None, 0.5, True, "buyer", True, True, True, 900 / 1200000 * 100, 150, 45, True, None, None, None, False, False, False, "PRC")),
    "h416e05": lab("cloud", S, 560000, (99.95, 1, False, "buyer", True, True, False, 400 / 560000 * 100, 840000 / 560000 * 100, None, True, None, None, None, False, True, False, "PRC")),
}

# my design list, written before the labels were turned into rules
DESIGN = {
    "h416z01": [],
    "h416z02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h416z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h416z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h416z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h416e01": ["CR-GOVERNING-LAW"],
    "h416e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h416e03": [],
    "h416e04": ["CR-PREPAYMENT", "CR-TERMINATION"],
    "h416e05": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
HORIZON = 5


def tco(L):
    """policy §4 by my reading: horizon 5 years from acceptance; purchase + implementation = contract value;
    post-warranty fee for every year after the warranty (pro rata), fee base = itemised licence/hardware subtotal."""
    t, x = L["terms"], L["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * (L["fee_base"] or x["contract_value"])
    total = x["contract_value"] + fees
    return {"post_warranty_years": years, "post_warranty_fees": fees, "tco": total, "share_pct": fees / total * 100}


def derive_rules(L):
    """policy.md §3 applied to a label, by my own reading (not project code)."""
    t, x = L["terms"], L["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated"
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
        c = tco(L)
        if c and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or L["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def check_thresholds(L):
    t = L["terms"]
    bad = []
    for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                 ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)):
        if t[k] is not None and abs(t[k] - v) < 1e-9:
            bad.append(k)
    c = tco(L)
    if c and abs(c["share_pct"] - 40) <= 2:
        bad.append("tco share %.2f" % c["share_pct"])
    return bad


# ------------------------------------------------------------------------------------------------ threshold text scan
NUMZH = "一二三四五六七八九十两百千"
BAN = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b|-hours?|business\s*hours|working\s*hours)",
    r"(?<![" + NUMZH + r"])四\s*(?:个)?\s*小时",
    r"(?<![a-z-])four\s*-?\s*(?:business\s*|working\s*)?hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + NUMZH + r"\d])",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + NUMZH + r"])", r"三成",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![" + NUMZH + r"])", r"四成",
    r"(?<![\d.])12\s*(?:个月|months?|-months?)", r"十二个月", r"twelve\s*-?\s*months?", r"一年(?!级)",
    r"(?<![a-z])one\s*-?\s*years?", r"(?<![\d.,])1\s*-?\s*years?(?![a-z])",
    r"(?<![\d.,])5\s*(?:年(?!度)|years?|-years?)", r"(?<![" + NUMZH + r"])五\s*年", r"(?<![a-z])five\s*-?\s*years?",
    r"(?<![\d.])60\s*(?:个月|months?|-months?)", r"六十个月", r"sixty\s*months?",
]]
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "4 小时", "四小时", "4 hours", "within 4 business hours", "four hours", "240分钟",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "15%", "百分之十五", "40%",
            "四成", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "1 year", "5年", "五年",
            "five years", "5-year", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "14 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "130%", "140%", "0.5%", "45%", "万分之八", "二十四个月", "2015年",
             "14 days", "每小时420头", "一年级"]


def hits(text):
    out = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in BAN:
            for m in p.finditer(form):
                out.append((p.pattern, form[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ------------------------------------------------------------------------------------------------ build and read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: v[3] for k, v in DOCS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in DOCS.items() if v[1] in ("docx", "pdf")}
    for k, (name, kind, lang, src) in DOCS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for k, (name, kind, lang, src) in DOCS.items():
        L = LABELS[k]
        rules = derive_rules(L)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, sorted(DESIGN[k])))
        covered |= set(rules)
        bad = check_thresholds(L)
        if bad:
            problems.append((k, "threshold label", bad))
        text = read_back(OUT / name)
        for where, s in (("built", text), ("source", src)):
            h = hits(s)
            if h:
                problems.append((k, where, h[:6]))
        n = measure(text, lang)
        lo, hi = RANGE[lang]
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        c = tco(L)
        label = {"file": name, "language": lang, "category": L["category"], "expected_terms": L["terms"],
                 "expected_extra": L["extra"], "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-62s %s %5d %-6s %s%s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                           "  TCO %.0f share %.2f%%" % (c["tco"], c["share_pct"]) if c else ""))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
