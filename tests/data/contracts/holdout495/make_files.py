"""holdout495: builds ten ordinary draft contracts, their labels, and checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H495Z01 = """T:食品安全抽检信息平台软件许可及定制开发合同
P:合同编号：QSJ-ZFCG-2026-041　　采购方式：公开招标（政府采购）
P:甲方（采购人）：青山市市场监督管理局
P:乙方（供应商）：杭州禾安信息技术有限公司
P:根据青山市政府采购项目（项目编号QSCG2026-0178）的招标结果及乙方投标文件，甲乙双方经协商一致，就食品安全抽检信息平台的软件许可、定制开发及实施事项订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供食品安全抽检信息平台软件（以下简称平台）的永久使用许可，并完成抽检任务管理、样品流转、检验结果上报、不合格食品核查处置、移动执法端及与省级抽检系统接口的定制开发。
P:1.2 平台部署于甲方政务云，覆盖市局及下属9个区县局，并发用户不少于300个。
P:1.3 平台应支持国家食品安全抽检监测信息系统的数据标准，实现抽样单电子化、样品二维码流转、检验报告自动归集、不合格结果自动推送至属地核查人员，并提供按品种、区域、环节的统计分析报表。
P:1.4 乙方提供的软件应为正版，平台运行所需的数据库、中间件由甲方政务云提供，乙方负责安装配置。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾捌万贰仟元整（¥1,382,000），含税，构成如下：平台软件许可费780,000元；定制开发费520,000元；实施部署费64,000元；培训费18,000元。
P:2.2 上述价款为固定总价，包括乙方履行本合同的全部费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台最终验收合格后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，但不因此免除付款义务。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署并提交初验申请，在初验合格后试运行60日，试运行结束后申请最终验收。
P:4.2 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目例会。
P:4.3 乙方应在实施期间完成市局及各区县局管理员、抽检人员、核查处置人员的分批培训，培训不少于6场，并提供操作视频和培训考核记录。
H:第五条 验收
P:5.1 初验标准：合同及需求规格说明书所列功能全部实现；与省级抽检系统接口联调通过，连续10个工作日数据上报无差错；300个并发用户下常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高危问题；用户手册、源代码、部署文档齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行或甲方使用平台，均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证及售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不高于平台软件许可费的9%（即不高于70,200元/年），该价格在质保期满后三个维护年度内不上调。维护合同需另行签订，不自动续期。
H:第七条 服务水平
P:7.1 乙方提供7×24小时热线服务。平台月度可用率不低于99.95%（计划停机除外）。
P:7.2 一级故障（平台整体不可用或抽检数据无法上报）30分钟内响应，2小时内到场；二级故障2小时内响应，次一工作日内解决。
P:7.3 乙方响应或到场超时的，每超时1小时，甲方可从应付款或履约保证金中扣除500元；月度可用率每低于承诺值0.01个百分点，扣除1,000元。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方，甲方获得永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时全部交付源代码。
H:第九条 数据安全
P:9.1 平台中的抽检数据、企业信息及执法记录均属甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密传输和操作审计等措施，运维人员经甲方批准后通过堡垒机访问，不得将数据拷出政务云。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因导致的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、抽检计划及未公开的检验结果负有保密义务，保密期限不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，按逾期金额的万分之三每日支付违约金。
H:第十二条 分包
P:12.1 乙方可将现场数据录入、系统测试等非主体、非关键性工作分包给具有相应能力的单位，但应提前书面告知甲方。乙方对分包工作向甲方负责。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或交付成果两次验收不合格，或发生严重违约经甲方书面催告后15日内未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同无法履行的，受影响一方应在3日内通知对方并提供证明，双方协商变更或解除合同，互不承担违约责任。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 乙方应在合同签订后7个工作日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
P:15.3 本合同的变更须经双方书面确认；涉及采购标的、数量、价款的变更，应符合政府采购有关规定。双方的通知以书面形式送达合同首部所列地址，一方变更地址的应及时书面通知对方。
P:15.4 本合同附件包括：需求规格说明书、分项报价表、项目实施计划、验收方案，附件与本合同具有同等效力。
P:甲方（盖章）：青山市市场监督管理局　　　乙方（盖章）：杭州禾安信息技术有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2026年　月　日　　　　　日期：2026年　月　日
"""

H495Z02 = """T:造型线控制系统改造及维保合同
P:合同编号：HF-ZZ-2026-017
P:甲方（买方）：河北恒丰铸造有限公司
P:乙方（卖方）：保定智铸自动化工程有限公司
P:鉴于甲方二车间静压造型线控制系统老化、备件停产，需进行整体改造，乙方具备相应的设计、供货及实施能力，双方经友好协商，订立本合同。
H:1. 项目范围
P:1.1 乙方负责造型线控制系统的设计、供货、安装调试及培训，包括PLC控制柜、伺服驱动系统、现场传感器及工控机的更换，上位机监控软件及配方管理软件的部署，以及与甲方MES系统的数据对接。
P:1.2 改造须在甲方安排的停产窗口内完成，停产窗口为连续21日。
P:1.3 乙方应在合同签订后20日内提交详细设计方案，包括电气原理图、控制柜布置图、网络拓扑、I/O清单及停产期间施工计划，经甲方技术部书面确认后方可采购和生产。
P:1.4 改造所用PLC、伺服及工控机须为技术协议约定的品牌和型号，原厂全新，附原厂合格证及出厂检验报告。乙方不得擅自替换品牌或型号。
H:2. 合同价格
P:2.1 合同总价为人民币1,710,000元（含13%增值税），分项如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|6套|486,000
TB:2|伺服驱动及电机|18套|412,000
TB:3|现场传感器（砂型压力、位移、温度）|120只|214,000
TB:4|工控机及触摸屏|8台|168,000
TB:5|上位机监控软件及配方管理软件许可（永久）|1套|240,000
TB:|软硬件小计||1,520,000
TB:6|安装调试及MES对接|1项|168,000
TB:7|操作及维修培训|1项|22,000
TB:|合计||1,710,000
H:3. 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货安装完毕、造型线恢复生产后，甲方支付合同总价的55%。到货安装不视为验收。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的35%。
H:4. 交货与实施
P:4.1 乙方应在合同签订后75日内将全部设备运至甲方二车间，并在停产窗口内完成安装调试。
P:4.2 设备到货后，双方共同开箱检查数量、型号和外观，并签署到货清单。开箱检查仅确认到货情况，不视为质量验收。
P:4.3 乙方现场人员须遵守甲方的安全生产管理制度，进入车间须佩戴劳保用品，动火、登高及带电作业须办理作业票。因乙方人员违章作业造成的人身或财产损失，由乙方承担。
P:4.4 乙方应在停产窗口开始前完成旧控制柜程序和参数的完整备份，并制定回退方案，确保改造失败时可在48小时内恢复原系统运行。
H:5. 验收
P:5.1 改造完成后连续试生产30日，满足下列标准的，甲方出具最终验收证书：造型节拍不低于每小时110箱；因控制系统原因造成的停线累计不超过2小时；配方切换时间不超过90秒；MES对接数据与现场记录核对一致；图纸、程序备份及操作手册齐全。
P:5.2 任一项未达标的，乙方应在15日内整改并重新试生产，费用由乙方承担。
P:5.3 试生产期间的生产记录、停线记录和故障处理记录由双方共同签认，作为最终验收的依据。甲方使用改造后的造型线进行生产，不视为验收合格。
P:5.4 最终验收由甲方设备部、二车间及质量部共同参加，乙方项目经理及调试工程师到场配合，验收结论以书面形式签署。
H:6. 质保及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内硬件损坏免费更换，软件缺陷免费修复。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的8%，即121,600元/年，质保期满后三个维保年度内不上调。维保合同每年由甲方决定是否续签，不自动续期。
H:7. 服务响应
P:7.1 乙方提供7×24小时服务电话。故障分级如下：
TB:级别|定义|响应时间|到场时间
TB:一级|造型线停线|30分钟|3小时
TB:二级|单台设备故障，造型线降速运行|1小时|8小时
TB:三级|不影响生产的一般问题|1个工作日|按约定
P:7.2 乙方未按上述时限响应或到场的，甲方可书面督促乙方，乙方应尽快安排处理。本条不设扣款、服务费抵扣或违约金。
H:8. 知识产权
P:8.1 商品软件的著作权归原权利人，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的PLC程序、上位机画面、配方数据库结构及MES接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释。
H:9. 数据安全
P:9.1 造型线运行数据、工艺参数及配方数据属于甲方所有，乙方仅可为履行本合同使用。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的VPN接入，全程留存日志；不得在乙方设备中留存甲方工艺数据。
P:9.3 因乙方原因造成数据泄露、丢失或系统被入侵的，乙方应立即通知甲方并采取补救措施，并赔偿甲方由此遭受的全部损失。
P:9.4 乙方交付的控制系统应关闭不必要的端口和服务，修改默认口令，工控网络与办公网络之间通过甲方指定的防火墙隔离。
H:10. 保密
P:10.1 双方对在合作中获知的对方技术信息、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后持续有效。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。
P:11.4 乙方交付的设备存在质量问题的，乙方应免费更换，并承担由此增加的停线损失。
H:12. 分包与转让
P:12.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包或转让给第三方。
H:13. 合同解除
P:13.1 乙方逾期超过30日，或两次整改后仍未通过验收，或有其他严重违约行为的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 因不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或解除合同。
H:14. 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交保定仲裁委员会仲裁。
H:15. 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单。
P:15.2 乙方应为甲方培训操作人员不少于20人、维修电工不少于8人，培训内容包括设备操作、故障判断、程序备份与恢复，培训结束后进行考核。
P:15.3 乙方应在最终验收前向甲方移交全部技术资料，包括竣工图纸、PLC及上位机程序备份、参数表、备件清单及操作维护手册，纸质版一式三份并附电子版。
P:甲方（盖章）：河北恒丰铸造有限公司　　乙方（盖章）：保定智铸自动化工程有限公司
P:授权代表：__________　　授权代表：__________
"""

H495Z03 = """洁途自助洗车连锁运营及会员管理SaaS服务合同

合同编号：JT-IT-2026-009

甲方：成都洁途汽车服务连锁有限公司
乙方：深圳云洗科技有限公司

甲方在川渝地区经营60个自助洗车站点，拟采用乙方的洗车运营及会员管理SaaS服务，实现站点设备联网、扫码启停、会员储值、营销活动及经营报表管理。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“云洗运营平台”SaaS订阅服务，包括站点设备管理、扫码支付与启停、会员储值与积分、营销券管理、经营报表及管理端小程序。
（二）乙方负责实施服务：60个站点洗车控制器的联网对接、甲方原会员系统约8.6万名会员数据的迁移、管理员及店长培训。
乙方负责提供联网所需的物联网模块及安装指导，模块费用已包含在实施费中；站点网络及电力由甲方负责。
（三）服务期为三个服务年度，自上线验收合格之日起计算。
（四）乙方应指定一名项目经理负责实施，并在服务期内为甲方配备专属客户成功经理，每季度与甲方召开一次服务回顾会，通报故障处理、平台更新及会员运营数据情况。
（五）乙方负责平台的日常运维、安全防护、版本升级和容量扩展，费用已包含在订阅费中。新增站点按本合同第二条的单价另行签订补充协议。

二、费用
（一）订阅费按站点计算，每站点每服务年度3,600元，60个站点每服务年度合计216,000元，三个服务年度合计648,000元。
（二）实施费为一次性费用84,000元。
（三）合同总价为732,000元（含6%增值税）。短信、第三方支付通道手续费按实际发生另行结算，不计入合同总价。

三、付款
（一）实施费在上线验收合格后15个工作日内支付。
（二）订阅费按季度支付，每季度首月10日前支付当季费用，首个季度的费用在上线验收合格后支付。
（三）本合同不设预付款。
（四）乙方应在每次收款前开具合法有效的增值税专用发票。甲方有权从应付订阅费中直接扣除依本合同第五条计算的服务费抵扣金额。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部站点对接及会员数据迁移，并提交上线验收申请。
（二）上线验收标准：60个站点全部在线，扫码启停成功率不低于99.8%；迁移会员的储值余额与积分逐户核对一致；连续7日对账差异为零；管理端各项报表与交易流水一致。
（三）甲方在收到申请后5个工作日内组织验收并出具书面意见。站点试用或甲方使用平台不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付500元违约金，累计不超过实施费的20%。
（五）上线前乙方应完成不少于3个试点站点的试运行，试运行期间发现的问题应在全面上线前修复。乙方应为每个站点店长提供操作培训，并提供操作手册和常见问题处理指引。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应提前3日通知并安排在凌晨1点至5点之间。
（二）故障分级及响应：一级故障（扫码支付或启停功能在5个以上站点不可用）30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障次一工作日内处理。
（三）月度可用率每低于承诺值0.1个百分点，抵扣当月订阅费的2%；一级故障恢复超时的，每超时1小时抵扣当月订阅费的1%。每月抵扣合计不超过当月订阅费的20%。
（四）乙方应每月向甲方提供服务报告，内容包括当月可用率、故障清单及处理过程、站点设备在线情况、会员系统运行情况和下月计划维护安排。甲方对报告有异议的，双方在10个工作日内核对确认。
（五）乙方提供7×24小时客服热线和在线工单系统，站点店长可直接报障。

六、数据
（一）甲方的会员信息、交易记录及站点经营数据属于甲方所有。
（二）乙方应按照《个人信息保护法》《数据安全法》履行数据安全义务：数据存储于中国境内，敏感信息加密存储，后台访问实行最小授权并留存日志，每服务年度进行一次渗透测试。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任并配合甲方处理监管事宜。
（四）甲方同意，乙方可将去标识化处理后的洗车交易数据和会员消费数据汇总，用于乙方的行业分析报告和产品改进，该使用在本合同终止后仍可继续。

（六）甲方会员的手机号码、车牌号码等个人信息仅可用于向会员提供洗车服务和甲方授权的营销活动，乙方不得利用上述信息向会员推送乙方或第三方的广告。

七、保密
双方对履行本合同获知的对方商业秘密负有保密义务，未经对方书面同意不得披露，保密期限至相关信息公开之日止。

（五）服务期满或合同解除时，乙方应在30日内按甲方要求的格式导出并交付甲方全部会员、交易及站点数据，交付完成后删除其系统中保存的甲方数据并出具书面确认，但本条第（四）项所述的去标识化汇总数据除外。

八、知识产权
（一）平台及其后续版本的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、营销活动模板及专属报表归甲方所有，甲方可自行修改或委托第三方使用。
（三）乙方保证平台不侵犯任何第三方的知识产权，因侵权引起的索赔由乙方负责处理并承担全部费用。

九、续期
服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据安全事件及故意行为造成的损失不受此限。

十一、分包
乙方不得将本合同项下的实施服务分包。云资源及短信通道使用第三方服务的，须经甲方书面同意。
乙方对经甲方同意使用的第三方服务商的行为向甲方承担责任，并应确保其遵守本合同第六条的数据安全要求。

十二、合同解除
乙方连续两个月可用率未达承诺值，或发生重大数据安全事件，或有其他严重违约经书面催告15日内未改正的，甲方有权解除合同，乙方应退还已付未使用期间的费用，并在30日内交还全部数据。

十二之一、不可抗力
因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任。第三方支付机构或电信运营商的全局性故障导致的服务中断，不计入乙方可用率考核，但乙方应积极协助恢复。

十三、法律适用及争议
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

甲方应按时支付费用，逾期超过30日的，乙方可书面催告后暂停新增营销活动功能，但不得中断站点扫码启停及会员储值服务。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
双方指定的联系人及联系方式见附件三，通过电子邮件发送的通知在发出后次一工作日视为送达。本合同附件包括：附件一服务功能清单，附件二站点清单及设备型号，附件三联系人名单。附件与本合同具有同等效力。

甲方（盖章）：成都洁途汽车服务连锁有限公司    乙方（盖章）：深圳云洗科技有限公司
日期：2026年   月   日
"""

H495Z04 = """临川市档案馆数字档案系统年度运维服务合同

项目编号：LCCG-2025-CS-112（竞争性磋商）
合同编号：LCDA-YW-2026-01

甲方：临川市档案馆
乙方：江西典藏数字科技有限公司

根据临川市档案馆数字档案系统年度运维服务项目竞争性磋商的成交结果，甲乙双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关规定，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一条 服务范围
（1）数字档案管理系统、档案利用服务平台及数字档案长期保存系统的日常运维。
（2）数据库、中间件及存储备份的维护，每月进行一次备份恢复演练。
（3）安全巡检、漏洞修复及等级保护测评配合。
（4）派驻1名运维工程师在甲方现场办公，工作日8:30至17:30在岗。
（5）配合甲方完成档案数据的年度备份检测、数字档案长期保存格式检查及系统容量评估，并提出优化建议。
（6）重大节假日及甲方重要活动期间提供保障值守，值守方案提前5个工作日报甲方确认。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。期满后本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条 合同价款
（1）合同总价为人民币568,000元，其中：系统运维服务费268,000元；数据库及中间件维护费96,000元；安全巡检及等保配合费58,000元；驻场服务费146,000元。
（2）合同总价为固定价格，包含人员、交通、工具及税费等全部费用。

第四条 付款方式
（1）服务费按季度支付，每季度服务结束且季度考核合格后15个工作日内，甲方支付合同总价的四分之一。
（2）本合同不设预付款。乙方应在每次付款前开具合法发票。
（3）甲方依第六条扣减的金额，从当季应付服务费中直接扣除。

第五条 服务水平
（1）系统月度可用率不低于99.95%，计划停机须提前3个工作日经甲方同意。
（2）故障分级：一级故障指系统整体不可用或档案数据有丢失风险，15分钟内响应，1小时内到场，6小时内恢复；二级故障指部分功能不可用，30分钟内响应，当日解决；三级故障为一般咨询及操作问题，2个工作日内处理。
（3）乙方每月提交运维月报，内容包括故障处理、巡检结果及备份演练记录。
（4）乙方每季度对系统进行一次全面健康检查，包括服务器资源、数据库性能、存储容量、备份完整性及安全配置核查，并在检查完成后5个工作日内提交健康检查报告和整改建议。
（5）乙方应建立运维服务台账，记录每次故障的发生时间、响应时间、恢复时间、原因分析及处理措施，甲方可随时查阅。

（4）驻场工程师须具有3年以上数据库运维经验，并持有相应资格证书。乙方更换驻场人员须提前10个工作日书面征得甲方同意，并完成工作交接，更换后的人员资质不得低于原人员。

第六条 考核与扣款
（1）甲方按季度对乙方进行考核，考核指标包括可用率、响应及恢复时限、月报质量和驻场出勤。
（2）一级故障响应或恢复超时的，每超时1小时扣减当季服务费2,000元；月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；驻场人员无故缺勤的，每日扣减800元。

第七条 验收
（1）季度考核合格作为季度付款的条件。
（2）服务期满后，甲方组织年度验收，验收标准为：全年一级故障均在规定时限内恢复；12次备份恢复演练记录完整且全部恢复成功；高危漏洞在发现后7日内全部修复；运维文档、配置清单及账号密码按要求移交。年度验收合格后甲方出具验收报告。

第八条 数据安全
（1）档案数据、目录数据及利用记录属于甲方所有，乙方不得用于本合同以外的任何目的。
（2）乙方应遵守《档案法》《数据安全法》，运维操作通过甲方堡垒机进行，不得下载、复制或外传档案数据，运维账号实行专人专用。
（3）发生数据丢失、泄露或篡改的，乙方应在1小时内报告甲方并全力恢复；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。

（4）服务期满或合同解除时，乙方应交回全部运维账号，删除因运维需要临时保存的任何数据，并出具书面确认。

第九条 保密
乙方及其人员对运维中接触的档案内容、开放审核情况及系统安全配置负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。

第十条 知识产权
乙方在服务期间为甲方编写的运维脚本、补丁程序、巡检工具配置及技术文档，其知识产权归甲方所有。
乙方保证其提供的工具软件不侵犯第三方的知识产权，因此引起的纠纷由乙方负责。

第十一条 违约责任
（1）乙方未按甲方书面确认的年度运维计划完成等保测评配合、漏洞修复或年度版本升级的，每逾期一日，按合同总价的千分之一支付违约金。
（2）甲方无故逾期付款的，每日按应付未付金额的万分之二支付违约金。

（3）乙方因运维不当造成档案数据损毁的，除承担前款违约金外，还应承担数据恢复费用及由此给甲方造成的其他损失。

第十二条 分包
乙方不得将本合同项下的任何服务分包或转包。

乙方须对驻场人员的行为负责，驻场人员违反甲方管理制度的，甲方有权要求乙方在5个工作日内更换。

第十三条 合同解除
乙方连续两个季度考核不合格，或发生因乙方原因导致的档案数据丢失，或有其他严重违约行为经催告后10日内未改正的，甲方有权解除合同，按实际服务期间结算费用，并要求乙方赔偿损失。

第十四条 移交
合同终止或解除时，乙方应在10个工作日内移交全部运维文档、账号及配置，并配合新服务商完成交接。
移交完成后，甲乙双方签署移交确认单。乙方未按要求完成移交的，甲方可暂扣未付服务费。

第十四条之一 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，双方协商确定是否延期履行或者部分履行。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十五条之一 廉洁
乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的，甲方有权解除合同。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
本合同附件包括：运维服务需求书、服务考核细则、驻场人员名单、保密承诺书。附件与本合同具有同等法律效力。合同履行中的通知以书面形式送达合同载明的地址或电子邮箱。
乙方应在合同签订后5个工作日内向甲方提交运维服务实施方案，内容包括人员安排、巡检计划、备份策略及应急预案，经甲方确认后执行。

甲方（盖章）：临川市档案馆              乙方（盖章）：江西典藏数字科技有限公司
法定代表人或授权代表：                  法定代表人或授权代表：
日期：2026年  月  日                     日期：2026年  月  日
"""

H495Z05 = """# 排产易 订单及排产管理软件 销售及定制开发合同

**（苏州排产易软件有限公司 标准合同文本 V3.0）**

合同编号：PCY-2026-0233

甲方：江西豆香园食品有限公司

乙方：苏州排产易软件有限公司

甲方为豆干、豆腐皮等豆制品生产企业，拟购买乙方“排产易”订单及排产管理软件，并委托乙方按甲方生产工艺进行定制开发。双方在平等自愿的基础上，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“排产易”订单及排产管理软件V5（以下简称软件）的永久使用许可，含订单管理、生产计划、排产看板、原料需求计算、批次追溯五个模块，授权用户数50个。

1.2 乙方根据甲方需求进行定制开发，内容包括：卤制、烘干工序的排产规则，经销商订单小程序，以及与甲方金蝶财务系统的接口。
定制开发的具体内容以双方确认的需求调研报告为准。需求调研报告确认后，甲方提出的新增或修改需求视为需求变更。

1.3 乙方负责软件安装部署及使用培训。

1.4 软件的运行环境（服务器、数据库、网络及操作系统）由甲方自行准备，须符合乙方提供的配置要求。因运行环境不符合要求造成的问题，乙方不承担责任。

1.5 乙方提供的培训为两次集中培训，每次不超过一天，参训人员由甲方安排。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 排产易软件V5 永久许可（50用户） | 1套 | 300,000 |
| 2 | 定制开发（排产规则、订单小程序、财务接口） | 1项 | 120,000 |
| 3 | 安装部署及培训 | 1项 | 30,000 |
| | 合计 | | 450,000 |

合同总价为人民币肆拾伍万元整（含税）。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即247,500元。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即157,500元。

3.3 软件上线运行满三个月后，甲方支付剩余的10%，即45,000元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施与上线

4.1 乙方在收到首付款后开始实施，计划实施周期为60个工作日。因甲方原因（包括需求变更、资料提供不及时、人员配合不到位）导致延期的，实施周期相应顺延。

4.2 实施过程中需求变更超出本合同范围的，另行收费。

4.3 甲方应指定专人负责项目对接，及时提供生产工艺、产品配方、设备产能、班次安排等实施所需资料，并对乙方提交的需求调研报告在3个工作日内予以书面确认，逾期未确认的视为确认。

4.4 甲方应在上线前组织完成基础数据的整理和录入，包括物料、产品、工艺路线、客户及经销商资料。乙方可提供数据导入模板。

4.5 软件上线前，乙方对甲方关键用户进行操作培训；上线时乙方派实施顾问现场支持不超过5个工作日，其后改为远程支持。

4.6 乙方交付的软件为标准产品加定制功能，乙方不保证软件满足甲方的全部业务需求，甲方应在实施过程中配合调整业务流程。

## 第五条 验收

5.1 软件安装完成并上线运行，即视为甲方验收合格。

5.2 甲方使用软件处理实际业务的，视为甲方已确认软件符合合同约定。

## 第六条 免费维护

6.1 软件上线之日起六个月内为免费维护期，乙方提供远程技术支持及软件缺陷修复。

6.2 免费维护期内，甲方报修后乙方将尽快安排技术人员处理。现场服务的差旅费用由甲方承担。

## 第七条 年度维护

7.1 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的28%，即84,000元/年。

7.2 年度维护包括远程技术支持、缺陷修复及小版本升级。大版本升级另行收费。

7.3 未签订年度维护协议的，乙方不再提供任何技术支持和缺陷修复；甲方之后重新申请维护的，应补缴中断期间的维护费。

7.4 现场技术服务按每人每日2,800元另行收费，差旅费用由甲方承担。

7.5 年度维护费应在每个维护年度开始前一次性支付，乙方收款后开始提供该年度的维护服务。

## 第八条 知识产权

8.1 软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的排产规则、小程序、接口程序及相关源代码、文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果用于其他客户或纳入乙方产品的后续版本。

8.4 甲方不得将软件复制、转让或提供给甲方关联公司或其他第三方使用。甲方增加用户数的，应按乙方当时的报价另行购买。

## 第九条 数据

9.1 甲方在软件中录入和产生的订单、配方、生产及客户数据属于甲方所有，乙方不得用于本合同以外的目的。

9.2 软件部署于甲方服务器。乙方远程维护须经甲方同意，乙方应对远程维护人员的操作采取访问控制和日志记录等安全措施，不得复制甲方数据。

9.3 因乙方人员过错导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复，并承担相应的赔偿责任。

9.4 甲方应自行做好数据备份。因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

10.2 乙方不承担因软件使用造成的间接损失、利润损失或生产损失。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未改正的，对方有权解除本合同。

11.2 因甲方原因解除合同的，已付款项不予退还。

11.3 合同解除后，甲方应停止使用乙方软件，并删除已安装的软件副本；已完成的定制开发成果按第八条处理。

## 第十一条之一 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方。网络故障、电力中断、病毒攻击及甲方服务器故障属于乙方不能控制的情形，乙方不承担责任。

## 第十二条 争议解决

本合同履行中发生争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同未尽事宜，双方可签订补充协议。

13.2 本合同附件包括：软件功能清单、定制开发需求说明、报价单。附件与本合同不一致的，以本合同为准。

13.3 乙方有权在其宣传材料和客户名单中使用甲方的名称和标识。

13.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：江西豆香园食品有限公司

乙方（盖章）：苏州排产易软件有限公司

签订日期：2026年  月  日
"""

H495E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Linmu Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong (the "Customer"), and Cartesio Logistica Software S.r.l., a company incorporated in Italy with its registered office at Via della Liberazione 12, 40128 Bologna, Italy (the "Vendor").
P:Recitals. The Customer operates two finished-goods warehouses in Shunde and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor develops and licenses the CartesioWMS warehouse management software and provides implementation services. The Customer selected the Vendor after a competitive request for proposals. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means CartesioWMS version 9, in object code, with its standard documentation. "Custom Deliverables" means the interfaces, reports, label layouts, configuration scripts and other items developed by the Vendor specifically for the Customer under this Agreement. "Customer Data" means all data entered into or generated by the Software in the Customer's operations, including stock, order, supplier and customer records.
P:1.2 "Final Acceptance" means the Customer's written acceptance under Article 5.3. "Support Year" means the period from the day after the end of the Warranty Period to its first anniversary, and each following period between anniversaries. Headings are for convenience only.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located at the Customer's premises in the People's Republic of China for the Customer's internal business, for one server instance and up to 80 named users.
P:2.2 The Customer may make backup copies and may allow its contractors to use the Software on its behalf. The Customer may not resell or sublicense the Software.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex 1: installation, configuration of the two warehouses, bin and location set-up, radio-frequency terminal set-up, migration of opening stock, development of the interfaces with the Customer's Kingdee ERP and transport management system, and training of key users and administrators.
P:3.2 The Vendor shall assign a project manager who speaks Mandarin and shall carry out the on-site work through its engineers travelling to Foshan, supported remotely from Bologna.
H:Article 4 Fees and Payment
P:4.1 At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY). The total contract price is CNY 1,080,000, made up as follows: server licence CNY 420,000; 80 named-user licences at CNY 3,500 each, CNY 280,000 (licence subtotal CNY 700,000); implementation services CNY 236,000; interface development CNY 118,000; training CNY 26,000. The price is fixed and includes all travel costs.
P:4.2 The Customer shall pay: (a) 20% of the contract price within 30 days after signature, against the Vendor's invoice and a bank guarantee for the same amount; (b) 45% within 30 days after the Site Acceptance Test under Article 5.2 is passed; and (c) 35% within 30 days after Final Acceptance.
P:4.3 Each payment is made by bank transfer against a valid invoice. Withholding taxes, if any, are deducted as required by PRC law and the Customer provides the tax certificate.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 100 days after signature and go live in both warehouses within 130 days after signature, in line with the project plan in Annex 2.
P:5.2 Site Acceptance Test. Before go-live the parties run the test scripts in Annex 3. The test is passed when all receiving, put-away, picking, packing and shipping scenarios run without a Severity 1 or Severity 2 defect, the ERP and transport interfaces exchange orders and stock movements without loss for five consecutive working days, and the migrated opening stock reconciles with the Customer's physical count.
P:5.3 Final Acceptance. After go-live the Software runs in production for 45 days. Final Acceptance is given when, during that period, no Severity 1 defect has occurred, cycle counts show no more than 5 stock discrepancies per 1,000 locations checked, picking transactions on the terminals complete within 2 seconds, and all documentation and the source code of the Custom Deliverables have been delivered. The Customer signs a Final Acceptance certificate within ten working days or states in writing the criteria not met.
P:5.4 Go-live, production use or payment of an instalment does not by itself mean that the Software has been accepted.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects, supplies all new releases and provides support under Article 7 free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 13% of the licence subtotal, that is CNY 91,000 per Support Year, fixed for the first three Support Years; any later increase shall not exceed 3% per Support Year. Support is ordered by purchase order each Support Year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor operates a support desk in Mandarin and English. Severity 1 means that receiving or shipping in a warehouse is stopped; Severity 2 means that an important function is impaired but a workaround exists; Severity 3 means any other defect or question.
P:7.2 The Vendor shall respond to a Severity 1 incident within one (1) hour at any time, and restore operation or provide a workaround within eight hours; Severity 2 within two hours during business hours and resolution within three working days; Severity 3 within one working day.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Customer is entitled to a credit of CNY 800 against the next invoice or, during the Warranty Period, to payment of that amount.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software and its standard documentation.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify, copy and license the Custom Deliverables freely, including through third parties. The Vendor shall deliver their source code with comments at Final Acceptance.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software infringes a third party's intellectual property right.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the VPN account the Customer provides, with multi-factor authentication, after approval of each session, and shall not copy Customer Data outside the Customer's servers. The Vendor complies with the PRC Data Security Law and Personal Information Protection Law in its work.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in containing it, and compensate the Customer for all losses caused by the Vendor's breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve go-live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to breaches of Articles 9 and 10, to infringement claims under Article 8.3, or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement enters into force on signature and continues until the end of the Warranty Period; the licence under Article 2 survives.
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if delay damages reach their maximum. On such termination the Vendor refunds the amounts paid for the parts not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope of Services), Annex 2 (Project Plan) and Annex 3 (Test Scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is signed in two originals in English.
P:Signed for the Customer: ____________________  Name / Title: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Name / Title: ____________________  Date: __________
"""

H495E02 = """# ORDER FORM No. ASS-CN-0617

**Aegean Stay Systems S.A. — StayDesk Cloud Property Management**

This Order Form is entered into between the Customer and the Provider named below. It incorporates the StayDesk General Terms set out in Part B (the "General Terms"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A — Order Form

| Item | Details |
|---|---|
| Provider | Aegean Stay Systems S.A., 24 Tsimiski Street, 546 24 Thessaloniki, Greece |
| Customer | Sanya Haitang Bay Hotel Management Co., Ltd., Haitang District, Sanya, Hainan, People's Republic of China |
| Service | StayDesk Cloud property management system: front desk, reservations, housekeeping, channel manager, guest messaging and reporting |
| Properties | Six (6) hotels operated by the Customer in Sanya and Lingshui, 1,140 rooms in total |
| Users | Unlimited named users at the six properties |
| Subscription Start Date | The date of Go-Live Acceptance under Section A.4 |
| Initial Subscription Term | Two (2) Subscription Years from the Subscription Start Date |
| Hosting region | Provider's cloud tenancy in the Hong Kong region of its hosting provider |

### A.1 Fees

At the Customer's request, all fees are stated and invoiced in CNY.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 6 properties x CNY 54,000 per property per Subscription Year | 324,000 per Subscription Year |
| Subscription fees for the Initial Subscription Term | 2 Subscription Years | 648,000 |
| Onboarding (one-time) | configuration of six properties, data migration from the legacy system, interfaces with the door-lock and point-of-sale systems, training | 46,000 |
| Total fees under this Order Form | | 694,000 |

SMS messages sent through the guest messaging module are charged at CNY 0.06 per message and are not included in the total.

### A.2 Invoicing and payment

1. No amount is payable before the Subscription Start Date.
2. The onboarding fee is invoiced on Go-Live Acceptance.
3. Subscription fees are invoiced quarterly in advance, on the first day of each quarter of a Subscription Year, starting on the Subscription Start Date.
4. Invoices are payable within 30 days by bank transfer in CNY. The Provider shall issue invoices acceptable for the Customer's accounting in the People's Republic of China.
5. Service credits under Section A.5 are shown on the next invoice as a deduction. If no further invoice is due, the Provider pays the credit to the Customer within 30 days.

### A.3 Onboarding plan

The Provider shall configure the six properties, migrate guest profiles, future reservations and rate plans from the Customer's legacy system, connect the door-lock and point-of-sale systems, and train front-office, housekeeping and revenue staff. Go-live of all six properties shall take place within 75 days after signature of this Order Form.

### A.4 Go-Live Acceptance

1. Before go-live the Provider runs the acceptance test plan agreed with the Customer. The test is passed when: all future reservations and guest profiles are migrated and a sample of 300 records per property matches the legacy system; the channel manager synchronises availability and rates with the connected online travel agencies within 60 seconds; check-in, room move and check-out, including door-key issue and posting from the point-of-sale system, work at each property; and the night audit closes correctly on three consecutive nights.
2. When the test is passed, the Customer signs a Go-Live Acceptance certificate within five working days or states in writing which criteria were not met. Use of the service for live bookings before the certificate is signed does not constitute acceptance.
3. If Go-Live Acceptance of all six properties is not achieved within 75 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, up to a total of CNY 46,000.

### A.5 Service levels

1. The Provider shall make the production service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 02:00 and 05:00 China Standard Time.
2. Severity 1 (the service is unavailable or check-in / check-out cannot be performed at any property): response within 30 minutes, 24 hours a day, and restoration within 3 hours. Severity 2 (an important function is impaired): response within 2 hours, resolution within 2 business days. Severity 3: response within 1 business day.
3. Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls short of the commitment, 3% of the monthly subscription fee; for each hour by which a Severity 1 restoration is late, 2% of the monthly subscription fee. Credits for a month shall not exceed 25% of that month's subscription fee and are deducted from the next invoice.

### A.6 Renewal

This Order Form does not renew automatically. Any extension of the subscription after the Initial Subscription Term requires a new Order Form signed by both parties.

### A.7 Customer contacts

The Customer's project manager is the director of IT of the hotel management company. The Provider's onboarding lead is named in the project plan. Each party shall inform the other in writing of any change of contact.

## Part B — StayDesk General Terms

### B.1 Definitions

"Customer Data" means all data that the Customer or its guests enter into the service, including guest profiles, reservations, folios and rates. "Customer Configurations" means the rate structures, report layouts, message templates and interface mappings prepared for the Customer during onboarding. "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period between anniversaries.

### B.2 Use of the service

1. The Provider grants the Customer the right to access and use the service during the subscription term for the operation of the properties listed in the Order Form.
2. The Customer is responsible for its users' accounts and for the accuracy of the data it enters. The Customer shall not attempt to reverse engineer the service or use it to build a competing product.

### B.3 Customer Data

1. Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the service under the Order Form and to provide support requested by the Customer, and shall not sell, analyse or disclose it for any other purpose.
2. During the subscription term and for 60 days after it ends, the Customer may export all Customer Data in a standard format. After that period the Provider deletes Customer Data from the production system.

### B.4 Intellectual property

1. The Provider owns the service, the software and all improvements to them.
2. Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let other service providers use them, including after the end of the subscription.

### B.5 Confidentiality

1. Each party shall keep confidential all non-public business, technical and financial information received from the other party, use it only for the purposes of the Order Form, and disclose it only to its employees and professional advisers who need to know it and are bound by confidentiality duties.
2. These obligations do not apply to information that is public, already known to the recipient or independently developed, and they continue for three years after the subscription ends.

### B.6 Support and subcontracting

1. Support is provided in English and Mandarin by the Provider's service desk.
2. The Provider shall not subcontract the provision of the service or support without the Customer's prior written consent, except for the hosting provider named in the Order Form, which the Customer approves by signing it. The Provider is responsible for its subcontractors as for itself.

### B.7 Term and termination

1. The subscription runs for the Initial Subscription Term stated in the Order Form.
2. Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it. The Customer may also terminate if monthly availability falls below the committed level in three consecutive months.
3. On termination for the Provider's breach, the Provider refunds any prepaid subscription fees for the period after termination.

### B.8 Limitation of liability

1. Neither party is liable for indirect or consequential loss, or for loss of profits, except in cases of wilful misconduct.
2. Each party's total liability arising out of the Order Form and these General Terms is limited to 150% of the total fees under the Order Form.

### B.9 Warranties

The Provider warrants that the service will perform materially in accordance with its documentation and that support will be provided with reasonable skill and care by trained staff.

### B.10 Governing law and jurisdiction

These General Terms and the Order Form are governed by the laws of the Hellenic Republic (Greece). The courts of Thessaloniki, Greece, have exclusive jurisdiction over any dispute arising out of or in connection with them.

### B.11 General

Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign the Order Form without the other party's written consent. Amendments must be in writing and signed by both parties.

**Signed for the Customer:** ____________________ Name / Title: ____________ Date: ________

**Signed for the Provider:** ____________________ Name / Title: ____________ Date: ________
"""

H495E03 = """T:Purchase Contract for Water-Quality Monitoring Sensors and Software
P:Contract No. ZJHX-CG-2026-022
P:Buyer: Zhanjiang Haixian Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: Thalassa Sensing Ltd., 18 Franklin Roosevelt Avenue, 3011 Limassol, Cyprus (the "Supplier").
P:Background: The Buyer operates 96 shrimp ponds and a hatchery on Donghai Island and needs continuous monitoring of dissolved oxygen, temperature, pH, salinity and ammonia so that aerators can be switched in time. The Supplier offered its AquaNode sensor system in the Buyer's tender of March 2026. This Contract is on the Buyer's standard form; the Buyer's tender documents and the Supplier's offer form part of it.
H:1. Definitions and Interpretation
P:1.1 "Equipment" means the sondes, gateways, weather stations, mounting hardware and spare parts listed in Clause 2. "Software" means the AquaNode Monitor software and the embedded firmware of the Equipment. "Buyer Data" means all measurements, alarms, logs and pond records produced by the system. "Final Acceptance" has the meaning in Clause 6.3.
P:1.2 Annexes form part of this Contract. In case of conflict the clauses of this Contract prevail over the annexes.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the monitoring system for 96 ponds and the hatchery, integrate it with the Buyer's aerator control cabinets, and train the Buyer's staff.
P:2.2 Prices are stated in CNY, include all taxes, duties, freight and insurance to the site, and are fixed for the whole Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|AquaNode multi-parameter sonde (DO, temperature, pH, salinity, NH4)|48|9,800|470,400
TB:2|Solar-powered LoRa gateway and data logger|12|6,200|74,400
TB:3|Compact weather station|2|18,500|37,000
TB:4|AquaNode Monitor software, perpetual site licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||667,800
TB:5|Installation, aerator integration and commissioning|1|58,600|58,600
TB:6|Calibration kits and training|1|19,600|19,600
TB:|Contract Price|||746,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price within 15 working days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price within 15 working days after the Installation Certificate. The Installation Certificate confirms that the Equipment is installed and powered; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price within 15 working days after Final Acceptance.
P:3.4 All payments are made in CNY to the Supplier's account with a bank in the People's Republic of China named in the Supplier's invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the site within 60 days after signature and complete installation within 30 days after delivery. Delivery is DDP site, Incoterms 2020.
P:4.2 If the Supplier is late in delivery or installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Delay damages do not release the Supplier from its obligations.
H:5. Site Work
P:5.1 The Supplier's staff shall follow the Buyer's site rules, biosecurity procedures and instructions of the pond manager. Work in the hatchery requires the hatchery manager's permission on each day.
P:5.2 The Supplier shall install the sondes on floating mounts at the positions shown on the pond map in Annex 1, run all cables in protective conduit, and fix the gateways on poles at least 3 metres above the pond bank so that they are safe from flooding during typhoons. Each gateway shall carry a battery able to run the gateway and its sondes for at least 72 hours without sun.
P:5.3 The Supplier shall connect the low-oxygen alarm outputs to the aerator control cabinets of each pond through the relay modules listed in Annex 1, so that the aerators of a pond start automatically when dissolved oxygen falls below the set point chosen by the Buyer, and shall test each connection in the presence of the pond manager.
P:5.4 The Supplier shall keep on site, at its own cost until Final Acceptance and afterwards as part of the warranty, a stock of spare parts sufficient to replace at least four sondes and one gateway at any time.
P:5.5 The Supplier shall train at least 12 of the Buyer's technicians in the cleaning and calibration of the sondes, replacement of membranes and electrodes, reading of alarms and use of the Monitor software, and shall provide a training record signed by each participant.
H:6. Testing and Acceptance
P:6.1 After installation the system runs for 30 days in trial operation.
P:6.2 Final Acceptance criteria: every sonde reads within the tolerance in Annex 2 when compared with laboratory measurements of samples taken on three separate days; every gateway transmits at least 98 of every 100 scheduled readings; low-oxygen alarms reach the duty phone within 60 seconds and switch the linked aerator; and the as-built drawings, calibration records and manuals are delivered.
P:6.3 When all criteria are met the Buyer signs a Final Acceptance certificate within seven working days; otherwise it states the failed criteria, and the Supplier remedies them and repeats the tests at its own cost. Installation, trial operation or use does not constitute acceptance.
H:7. Warranty and After-Sales Support
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from Final Acceptance. During the warranty the Supplier repairs or replaces defective parts free of charge, including sensor membranes and electrodes that fail before their rated life, and supplies firmware and software updates.
P:7.2 After the warranty the Buyer may purchase annual support at 9% of the Hardware and Licence Subtotal, that is CNY 60,102 per year, fixed for three years after the warranty. Support is ordered by the Buyer each year and does not renew automatically.
P:7.3 Severity levels: Severity 1 means that alarms from more than ten ponds or from the hatchery are not received; Severity 2 means that a single device or function has failed; Severity 3 means other questions. The Supplier responds to Severity 1 within one (1) hour, 24 hours a day, and restores the alarm function within 24 hours, using the spare parts kept on site; Severity 2 response within 8 hours and repair within five days.
P:7.4 For each hour by which a Severity 1 response or restoration is late, the Supplier pays CNY 300 or, at the Buyer's choice, deducts it from the next payment or from the warranty bond.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Software is installed on the Buyer's server at the farm office and Buyer Data is stored in the People's Republic of China only.
P:8.2 The Supplier may access the system remotely only through an account approved by the Buyer for each session, shall not copy Buyer Data, and shall not use Buyer Data for any purpose other than performing this Contract.
P:8.3 The Supplier shall keep the firmware free of known vulnerabilities, change default passwords before delivery, and notify the Buyer within 12 hours of any incident affecting Buyer Data. The Supplier is liable for all losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's pond layout, stocking and production figures, and shall not disclose it to third parties without written consent. This duty continues for three years after the Contract ends.
P:9.2 The Supplier shall not publish photographs of the site or name the Buyer as a reference customer without the Buyer's prior written consent.
H:10. Intellectual Property
P:10.1 The Software and firmware remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually for the site.
P:10.2 The alarm rules, pond maps, dashboards and aerator integration logic prepared for the Buyer belong to the Buyer, which may use, modify and hand them to other contractors freely.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for Equipment not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:15. Miscellaneous
P:15.1 This Contract is made in two English originals, one for each party. It enters into force on signature by both parties. Annex 1: Equipment list and pond map. Annex 2: Sensor tolerances and test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

H495E04 = """# Managed Backup and Disaster Recovery Services Agreement

**Agreement No. LVC-MS-2026-031**

This Agreement is made between:

- **Chengdu Jinlu Cold Chain Logistics Co., Ltd.**, Shuangliu District, Chengdu, Sichuan, People's Republic of China ("Customer"); and
- **Lovćen Cloud Operations d.o.o.**, Bulevar Svetog Petra Cetinjskog 56, 81000 Podgorica, Montenegro ("Provider").

**Background.** Customer runs its warehouse management, transport and finance systems on servers in its own computer room in Chengdu and in a co-location facility in Chongqing. After a storage failure in 2025 it decided to buy backup and disaster recovery as a managed service. Provider operates backup and recovery services for logistics companies and manages them remotely through its operations centre, using the backup software and storage that Customer owns.

## Section 1. Definitions

1.1 "Services" means the managed backup and disaster recovery services described in Schedule 1.

1.2 "Protected Systems" means the servers, databases and virtual machines listed in Schedule 1, as updated by agreement.

1.3 "Customer Data" means all data held on the Protected Systems, in backups or in recovery copies, and all logs relating to them.

1.4 "Service Acceptance" means Customer's written confirmation under Section 4.2.

1.5 "Service Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries.

## Section 2. Services and Term

2.1 Provider shall perform the Services from the Service Start Date, which is the date of Service Acceptance, for an Initial Term of 36 months.

2.2 This Agreement ends at the end of the Initial Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

2.3 Provider shall perform the Services remotely through the secure access described in Section 7, with on-site visits to Chengdu and Chongqing by its partner engineers where Schedule 1 requires them.

## Section 3. Charges and Payment

3.1 At Customer's request all charges are stated and invoiced in CNY. The charges are set out in Schedule 2. The total contract value for the Initial Term is CNY 1,438,000.

3.2 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced at the end of each month in arrears. Invoices are payable within 30 days.

3.3 No amount is payable before Service Acceptance.

## Section 4. Onboarding and Service Acceptance

4.1 Within 50 days after signature Provider shall complete onboarding: design of backup policies, configuration of backup jobs for all Protected Systems, replication of backups to the Chongqing site, run-books for recovery, and a full disaster recovery test.

4.2 Service Acceptance is given when: backup jobs for all Protected Systems have completed successfully on 14 consecutive days; a test restore of each database has been verified by Customer's application owners; the disaster recovery test has brought the warehouse management and transport systems up at the Chongqing site within the recovery time objective in Schedule 3; and the run-books have been delivered. Customer confirms Service Acceptance in writing within five working days after the criteria are met, or states which criteria were not met.

4.3 If Service Acceptance is not achieved within 50 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to a total of CNY 52,000.

## Section 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 The service levels are performance targets. If Provider does not meet a service level, Provider shall analyse the cause and submit a corrective action plan within ten working days, and shall carry it out. Failure to meet a service level does not entitle Customer to any service credit, reduction of charges, liquidated damages or other payment.

## Section 6. Intellectual Property

6.1 Provider keeps its tools, methods and know-how.

6.2 The backup policies, scripts, run-books and documentation prepared for Customer under this Agreement belong to Customer, which may use, modify and hand them to any other provider freely.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider may access and process Customer Data only to perform the Services and shall not copy, keep or use it for any other purpose.

7.2 Customer Data remains in Customer's computer room in Chengdu and the Chongqing co-location facility. Provider's engineers access the Protected Systems only through Customer's bastion host, with personal accounts and multi-factor authentication, and all sessions are recorded. Provider shall not transfer Customer Data outside the People's Republic of China.

7.3 Provider shall comply with the PRC Data Security Law and Cybersecurity Law, ensure that backups are encrypted, notify Customer within 2 hours of any security incident affecting Customer Data, and compensate Customer for all losses caused by Provider's breach of this Section 7.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including Customer's network design, passwords and business records, and use it only for this Agreement. This duty continues for three years after the Agreement ends.

## Section 9. Personnel and Subcontracting

9.1 Provider shall assign named engineers who have passed Customer's security briefing.

9.2 Provider shall give Customer the names of the engineers before they receive access, shall replace any engineer at Customer's reasonable request, and shall withdraw access of any engineer who leaves Provider's team on the same day.

9.3 Provider shall not subcontract any part of the Services without Customer's prior written consent. The partner engineers named in Schedule 1 are approved by signature of this Agreement. Provider remains responsible for its subcontractors.

## Section 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit, except for wilful misconduct.

10.2 Provider's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Sections 7 and 8, which is not limited.

## Section 11. Term and Termination

11.1 This Agreement enters into force on signature and continues until the end of the Initial Term.

11.2 Neither party may terminate this Agreement before the end of the Initial Term, except where force majeure prevents performance for more than 90 consecutive days. If Provider breaches this Agreement, Customer's remedies are the corrective action plan under Section 5.2 and a claim for damages under Section 10; Customer shall not terminate this Agreement on the ground of such breach.

11.3 At the end of the Agreement Provider shall hand over all scripts, run-books and credentials within ten working days and assist the new provider for up to 20 working days at the rates in Schedule 2.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The language of the arbitration is Chinese, with English translation at Provider's cost.

## Section 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is made in English and Chinese; both versions are equally valid.

## Schedule 1 — Services and Protected Systems

| Service element | Description |
|---|---|
| Backup operation | Daily incremental and weekly full backups of 46 virtual machines, 3 database clusters and the file server; monitoring of every job |
| Replication | Copy of every backup set to the Chongqing site within the recovery point objective |
| Restore requests | Restores of files, databases or virtual machines requested by Customer's IT staff |
| Disaster recovery | Recovery of the warehouse management, transport and finance systems at the Chongqing site on Customer's instruction |
| DR testing | Full disaster recovery test twice per Service Year, with a written report |
| Reporting | Monthly service report with job results, capacity and service levels |

## Schedule 2 — Charges (CNY)

| Charge | Basis | Amount |
|---|---|---|
| Onboarding (one-time) | Section 4.1 | 52,000 |
| Monthly service charge | 36 months x CNY 38,500 | 1,386,000 |
| Total contract value | | 1,438,000 |
| Exit assistance | per engineer day, if requested | 3,200 |

## Schedule 3 — Service Levels

| Measure | Target |
|---|---|
| Backup job success | At least 98 of every 100 scheduled jobs per month complete successfully; failed jobs re-run within 8 hours |
| Priority 1 incident (failure of all backups or of a disaster recovery) | Response within 30 minutes, 24 hours a day |
| Priority 2 incident (failure of a single system's backup) | Response within 2 hours |
| Restore request | Started within 1 hour; file restores completed within 3 hours |
| Recovery point objective | 2 hours for the warehouse management and transport databases |
| Recovery time objective | 6 hours for the warehouse management and transport systems at the Chongqing site |
| Monthly report | By the fifth working day of the following month |

**For Customer:** ____________________ Name / Title: ____________ Date: ________

**For Provider:** ____________________ Name / Title: ____________ Date: ________
"""

H495E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DHM-API-2026-008

BETWEEN

Drina Hydromet Analytics d.o.o., Zmaja od Bosne 7, 71000 Sarajevo, Bosnia and Herzegovina ("Provider"),

AND

Yunnan Lancang Small Hydropower Co., Ltd., Simao District, Pu'er, Yunnan, People's Republic of China ("Customer").

RECITALS

A. Customer operates nine run-of-river hydropower stations on tributaries of the Lancang River and needs reliable precipitation and inflow forecasts to plan generation and reservoir releases and to report to the grid dispatcher.

B. Provider operates a hydro-meteorological forecasting platform and delivers forecasts, observations and model outputs through a data API. Provider has calibrated inflow models for mountain catchments in the Balkans and in South-West China.

C. The parties wish to set out the terms on which Customer subscribes to the API.

1. DEFINITIONS

1.1 "API" means Provider's HydroCast data application programming interface, with its documentation.

1.2 "Forecast Data" means precipitation, temperature and inflow forecasts, observations and other data delivered through the API.

1.3 "Customer Data" means the station data Customer uploads to the API (water levels, gate positions, outflows, generation) and Customer's query records.

1.4 "Catchment Models" means the inflow forecasting models that Provider calibrates for Customer's nine catchments under Clause 3.

1.5 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries.

1.6 "Service Start Date" means the date of Integration Acceptance under Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive right to call the API and to use Forecast Data for Customer's internal operations, including reporting to the grid dispatcher and the water authorities.

2.2 The subscription includes: hourly precipitation and temperature forecasts for the next 10 days on a 3 km grid over Customer's catchments; inflow forecasts for each of the nine stations; observations from public and Customer stations; and up to 200,000 API calls per month.

2.3 Customer shall not resell Forecast Data or make the API available to third parties, except to its contractors working for Customer.

3. CATCHMENT MODELS AND INTEGRATION

3.1 Provider shall calibrate a Catchment Model for each of Customer's nine stations using Customer Data for the last three hydrological seasons and public data, and shall deliver a calibration report for each.

3.2 Provider shall support Customer's IT contractor in connecting the API to Customer's dispatch system, including test credentials, sample code and two remote workshops.

3.3 Provider shall complete the work under Clauses 3.1 and 3.2 within 60 days after signature.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance is given when: (a) Customer's dispatch system has received forecasts for all nine stations through the API on 20 consecutive days; (b) no more than 2 scheduled forecast runs per station were missing in that period; (c) the Catchment Models, run over the last hydrological season, reach a Nash-Sutcliffe efficiency of at least 0.7 for daily inflow at each station; and (d) the calibration reports have been delivered.

4.2 Customer confirms Integration Acceptance in writing within five working days after the criteria are met or states which criteria are not met. Use of Forecast Data during the test period does not constitute acceptance.

4.3 If Integration Acceptance is not achieved within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 250 for each day of delay, up to a total of CNY 18,600.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and invoiced in CNY. The subscription fee is CNY 186,000 per Subscription Year. The Initial Term is two Subscription Years, so the total subscription fee for the Initial Term is CNY 372,000. Calibration of the Catchment Models and integration support are included in the subscription fee.

5.2 API calls above 200,000 in a month are charged at CNY 0.02 per call, invoiced monthly in arrears; they are not included in the fees above.

5.3 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. No other amount is payable before the Service Start Date.

6. SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.95% of each calendar month, measured at Provider's gateway, excluding maintenance announced at least 72 hours in advance.

6.2 Severity 1 means that the API is unavailable or that no forecast run has been published for more than 3 hours. Provider shall respond to a Severity 1 incident within one (1) hour, 24 hours a day, and restore the service within 6 hours. Severity 2 means that a single data product is delayed or wrong; Provider shall respond within 8 business hours and correct it within 2 business days.

6.3 If monthly availability is below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 50% of that amount. For each hour by which a Severity 1 restoration is late, Customer receives a credit of CNY 300. Credits are deducted from the next invoice or refunded at the end of the term.

6.4 Provider publishes a monthly service report with availability, forecast runs and incidents.

6.5 Provider shall inform Customer at least 30 days in advance of any change to the API that is not backward compatible, and shall keep the previous version of the API available for at least 90 days after the change, so that Customer's contractor can adapt the dispatch system.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to calibrate and run the Catchment Models for Customer and to provide the API to Customer, and shall not use it for any other customer, product or purpose.

7.2 Provider shall keep Customer Data in a separate encrypted store, limit access to named staff with multi-factor authentication, keep access logs for the term, and delete Customer Data within 30 days after the Agreement ends, with written confirmation.

7.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take all reasonable steps to contain it, and compensate Customer for losses caused by Provider's breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API, its forecasting platform and the Forecast Data.

8.2 The Catchment Models calibrated for Customer, with their parameter sets and calibration reports, belong to Customer. Provider shall deliver them in a documented, open format. Customer may use, modify and license them freely, including to other forecast providers.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's station data, generation plans and contract prices, and use it only for this Agreement. This duty continues for three years after the Agreement ends.

10. TERM AND RENEWAL

10.1 This Agreement starts on signature. The subscription runs for the Initial Term of two Subscription Years from the Service Start Date.

10.2 At the end of the Initial Term, and at the end of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.3 Provider may increase the subscription fee for any renewal term by up to 9% by notice given at least 75 days before the renewal term begins.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 Customer may also terminate by written notice if monthly availability is below the commitment in any three months of a Subscription Year.

11.3 On termination for Provider's breach, Provider refunds the part of the subscription fee paid for the period after termination and delivers the Catchment Models under Clause 8.2.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss or loss of profit. Provider does not guarantee the accuracy of any forecast; Customer remains responsible for its dispatch decisions.

12.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

13. SUBCONTRACTING AND ASSIGNMENT

13.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent. Neither party may assign this Agreement without the other party's written consent.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The arbitration is conducted in Chinese and English.

15. GENERAL

15.1 Notices must be in writing and sent by courier or email to the addresses above. This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties. It is signed in two English originals.

SIGNED for Provider: ____________________  Name / Title: ____________________  Date: __________

SIGNED for Customer: ____________________  Name / Title: ____________________  Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, source)
    "h495z01": ("h495z01_market_regulation_food_sampling_platform.pdf", "pdf", "zh", H495Z01),
    "h495z02": ("h495z02_foundry_moulding_line_control_retrofit.docx", "docx", "zh", H495Z02),
    "h495z03": ("h495z03_self_service_car_wash_saas.txt", "txt", "zh", H495Z03),
    "h495z04": ("h495z04_archives_digital_system_annual_om.txt", "txt", "zh", H495Z04),
    "h495z05": ("h495z05_tofu_plant_scheduling_supplier_template.md", "md", "zh", H495Z05),
    "h495e01": ("h495e01_italian_wms_perpetual_licence.pdf", "pdf", "en", H495E01),
    "h495e02": ("h495e02_greek_hotel_pms_saas_order_form.md", "md", "en", H495E02),
    "h495e03": ("h495e03_cyprus_aquaculture_water_sensors.docx", "docx", "en", H495E03),
    "h495e04": ("h495e04_montenegro_managed_backup_dr.md", "md", "en", H495E04),
    "h495e05": ("h495e05_bosnian_hydromet_data_api.txt", "txt", "en", H495E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: category, terms (in TERM_KEYS order), extra, design (TCO inputs, value checks), intended rules
G, S = "goods_or_licence", "service"
LABELS = {
    "h495z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 9, False, True,
                             True, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1382000),
                dict(parts=[780000, 520000, 64000, 18000], fee_base=780000),
                ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h495z02": ("hardware", [None, 0.5, False, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 8, False, True,
                             False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1710000),
                dict(parts=[486000, 412000, 214000, 168000, 240000, 168000, 22000], fee_base=1520000),
                ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h495z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 500 / 732000 * 100, 150, None, True, None, None,
                          None, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=732000),
                dict(parts=[3 * 60 * 3600, 84000]),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h495z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                             True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=568000),
                dict(parts=[268000, 96000, 58000, 146000]),
                []),
    "h495z05": ("software", [None, None, False, "supplier", True, True, False, None, None, 55, False, False, 6, 28, False,
                             True, None, None, G],
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=450000),
                dict(parts=[300000, 120000, 30000], fee_base=300000),
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h495e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True,
                             False, "Italy", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1080000),
                dict(parts=[420000, 80 * 3500, 236000, 118000, 26000], fee_base=700000),
                ["CR-GOVERNING-LAW"]),
    "h495e02": ("cloud", [99.95, 0.5, True, "buyer", False, True, True, 450 / 694000 * 100, 150, None, True, None, None,
                          None, False, True, False, "Greece", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=694000),
                dict(parts=[2 * 6 * 54000, 46000]),
                ["CR-DATA-SECURITY", "CR-GOVERNING-LAW"]),
    "h495e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False,
                             "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=746000),
                dict(parts=[48 * 9800, 12 * 6200, 2 * 18500, 86000, 58600, 19600], fee_base=667800),
                []),
    "h495e04": ("services", [None, 0.5, False, "buyer", True, True, True, 1000 / 1438000 * 100, 150, None, True, None,
                             None, None, False, False, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1438000),
                dict(parts=[36 * 38500, 52000]),
                ["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "h495e05": ("cloud", [99.95, 1, True, "buyer", True, True, True, 250 / 372000 * 100, 6 / 24 * 100, None, True, None,
                          None, None, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=372000),
                dict(parts=[2 * 186000]),
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
}
MIX = {"compliant": ["h495z04", "h495e03"], "law_only": ["h495e01"], "many": ["h495z05"],
       "two_or_three": ["h495z01", "h495z02", "h495z03", "h495e02", "h495e04", "h495e05"]}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x, d):
    """Policy §4 from the labels: horizon 5 years from acceptance, fee base = itemised licence/hardware subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["fee_base"] * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, d):
    """My own reading of policy.md §3, applied to a label (not project code)."""
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
        share = tco_share(t, x, d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
PATTERNS = [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(?:h(?![a-z])|hrs?|hours?|-hours?|小时|个小时)", r"(?<!十)四\s*个?\s*小时",
    r"four[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05\s*%", r"(?<![\d.])0\.05\s*per\s*cent", r"万分之五(?![十百千\d一二三四五六七八九])",
    r"(?<![\d.])100\s*%", r"(?<![\d.])100\s*per\s*cent", r"百分之一?百", r"hundred\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"(?<![\d.])30\s*per\s*cent", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\)?\s*(?:个月|months?|-months?)", r"十二个月", r"twelve[\s-]*(?:\w+\s+)?months?", r"一年",
    r"(?<![a-z])one[\s-]*years?", r"(?<![\d.])1\)?\s*(?:年(?!度)|years?)",
    r"(?<![\d.])15\s*%", r"(?<![\d.])15\s*per\s*cent", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"(?<![\d.])40\s*per\s*cent", r"四成", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.])5\)?\s*(?:年(?!度)|years?|-years?)", r"五年", r"(?<![a-z])five[\s-]*(?:\(5\)\s*)?years?",
    r"(?<![\d.])60\)?\s*(?:个月|months?)", r"六十个月", r"sixty[\s-]*months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "one-year", "15%", "15 %", "40%", "四成", "5年", "5 年", "五年", "five years", "60 months",
            "60个月", "twelve (12) months", "five (5) years"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours", "二十四小时",
             "99.5%", "130%", "2026年", "45%", "35%", "Subscription Year", "10.15%", "240,000", "第十二条", "二十四个月",
             "0.055%", "1,400", "Service Year", "14 months", "160 months", "25 years", "2015年"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits("x " + s + " y"), s
    for s in MUST_MISS:
        assert not hits("x " + s + " y"), (s, hits("x " + s + " y"))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, bad = set(), []
    for k, (name, fmt, lang, src) in FILES.items():
        cat, vals, extra, design, intended = LABELS[k]
        terms = dict(zip(TERM_KEYS, vals))
        # value arithmetic
        assert sum(design["parts"]) == extra["contract_value"], (k, sum(design["parts"]))
        rules = derive_rules(terms, extra, design)
        assert rules == sorted(intended), (k, rules, intended)
        covered |= set(rules)
        # no value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] != 0.05 and terms["liability_cap_pct"] != 100
        assert terms["prepayment_pct"] != 30 and terms["warranty_months"] != 12 and terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, extra, design)
        assert share is None or abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        h = hits(text) + hits(src)
        print(f"{name:58s} {lang} {n:5d} {'OK ' if lo <= n <= hi else 'LEN'} risk={risk(rules):6s} "
              f"tco={'' if share is None else round(share, 2)} {rules} {h if h else ''}")
        if not lo <= n <= hi or h:
            bad.append(k)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: len(LABELS[k][4]) for k in LABELS}
    assert all(mix[k] == 0 for k in MIX["compliant"]) and {LABELS[k][1][0] is None for k in []} == set()
    assert LABELS["h495e01"][4] == ["CR-GOVERNING-LAW"] and mix["h495z05"] >= 8
    assert all(2 <= mix[k] <= 3 for k in MIX["two_or_three"])
    assert sorted(sum(MIX.values(), [])) == sorted(LABELS)
    print("coverage: all", len(ALL_RULES), "rules fire at least once")
    if bad:
        print("PROBLEMS:", bad)
        sys.exit(1)


if __name__ == "__main__":
    main()
