"""Builds the .docx and .pdf contracts of holdout114 from the sources below (markup of ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. h114z01 and h114e03 become Word files with real Word tables
(z01: price table + fault-level table; e03: price table); h114z02 and h114e01 become PDFs whose paragraphs are broken
at word boundaries first (word_pdf.write(..., wrap_words=True)).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H114Z01 = """
T:智慧渔港船舶动态监管平台建设项目政府采购合同
P:合同编号：DYHY-ZC-2026-017　　项目编号：DYCG-GK-2026-0093　　采购方式：公开招标
P:采购人（甲方）：东屿市海洋与渔业局
P:供应商（乙方）：海澄智联科技有限公司
P:根据《中华人民共和国政府采购法》及本项目招标结果，甲乙双方就东屿市智慧渔港船舶动态监管平台建设项目的设备供货、软件许可、系统集成及相关服务，经协商一致，订立本合同。
H:第一条 合同组成与定义
P:1.1 本合同条款及附件、中标通知书、招标文件和乙方投标文件共同构成本合同。
P:1.2 "平台"指本项目部署于东屿市政务云的智慧渔港船舶动态监管平台，包括乙方许可的标准软件和为本项目定制开发的功能模块。
P:1.3 "定制成果"指乙方为本项目编写的接口程序、定制功能模块、数据库脚本、报表模板及其源代码和技术文档。
P:1.4 "甲方数据"指平台采集、汇聚和生成的船位数据、视频图像、渔船及船员信息、进出港记录、执法记录和系统日志。
H:第二条 项目内容与合同价款
P:2.1 乙方负责本项目全部设备供货、软件许可、系统集成、安装调试、培训及质保期服务，供货及服务清单和价格如下表：
TB:序号|名称|说明|数量|单价（元）|金额（元）
TB:1|北斗/AIS船载一体化终端|双模定位，含天线及安装支架|420套|2,860|1,201,200
TB:2|岸基AIS基站|含天线杆及防雷接地|3套|68,500|205,500
TB:3|双光谱云台摄像机|可见光与热成像，渔港出入口及锚地|36台|14,200|511,200
TB:4|视频汇聚与存储服务器|含存储扩展柜|4台|46,800|187,200
TB:5|智慧渔港监管平台软件|永久许可，含进出港报告、电子围栏、船员管理模块|1套|486,000|486,000
TB:|软硬件小计||||2,591,100
TB:6|系统集成与定制开发|对接渔政执法系统和省级渔船动态监管系统|1项|438,000|438,000
TB:7|安装调试及培训|含四十名用户培训|1项|126,900|126,900
TB:|合同总价||||3,156,000
P:2.2 合同总价为人民币叁佰壹拾伍万陆仟元整（¥3,156,000），为固定总价，含税费及质保期内全部服务费用。
H:第三条 付款
P:3.1 合同签订且甲方收到乙方提交的等额预付款保函后15个工作日内，甲方支付合同总价的25%作为预付款，即¥789,000。
P:3.2 全部设备到货并完成安装、经甲方签收后15个工作日内，甲方支付合同总价的35%，即¥1,104,600。到货签收仅确认设备数量和外观，不视为验收合格。
P:3.3 项目终验合格、甲方出具验收报告后15个工作日内，甲方支付合同总价的40%，即¥1,262,400。
P:3.4 乙方每次请款应提供等额发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后60日内完成全部设备到货，120日内完成安装调试和系统集成并具备初验条件。船载终端安装结合渔船在港时间进行，甲方负责协调渔船配合。
H:第五条 验收
P:5.1 安装调试完成后，甲方组织初验，内容包括设备数量和型号核对、软件功能逐项测试及接口联调。初验合格后进入为期60日的试运行。
P:5.2 终验标准：（1）420套船载终端全部上线，位置上报间隔不大于60秒；（2）电子围栏越界告警从触发到平台提示不超过10秒；（3）进出港报告、船员管理等功能符合招标文件的技术要求；（4）平台在200个并发用户下主要页面响应时间不超过3秒；（5）与省级渔船动态监管系统的数据对接连续运行14日无差错；（6）通过第三方网络安全等级保护二级测评；（7）试运行期间未发生一级故障。
P:5.3 终验由甲方组织并出具书面验收报告。设备安装、试运行开始、平台投入使用或甲方付款，均不视为终验合格。验收不合格的，乙方应在15日内整改并承担整改费用；复验仍不合格的，甲方可依第十三条解除合同。
H:第六条 质保与质保期后维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修和更换、软件升级和补丁及现场服务；设备故障无法修复的，以同型号或更高配置的新品替换。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软硬件小计的7%，即每年不超过¥181,377，该上限在质保期满后三年内不上调。维护服务另行签订年度合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，提前三日书面通知甲方的计划内维护除外。
P:7.2 故障分级及处理时限如下表：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用、全港视频中断或船位数据停止汇聚|15分钟|2小时|8小时
TB:二级|单个功能模块失效或单个渔港点位中断|1小时|6小时|1个工作日
TB:三级|一般性缺陷，不影响监管业务|2小时|按需|5个工作日
P:7.3 乙方设立全天候服务热线，并在本市配备不少于两名驻点工程师。
P:7.4 服务未达标的扣款：一级故障响应、到场或恢复每超时1小时，扣款¥1,000；月度可用率每低于承诺值0.01个百分点，扣款¥1,500。扣款从甲方应付款项或履约保证金中扣除，不影响甲方依第十一条追究乙方其他违约责任。
H:第八条 知识产权
P:8.1 定制成果的著作权及其他知识产权自交付之日起归甲方所有，乙方应交付完整源代码和技术文档。甲方有权自行或委托第三方使用、修改和再开发，无需另行付费。
P:8.2 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属各渔港管理站。
P:8.3 乙方保证交付物不侵犯第三方权利。
H:第九条 数据安全
P:9.1 甲方数据归甲方所有。乙方仅可为履行本合同处理甲方数据，不得复制、留存、向第三方提供或用于其他任何目的，包括以去标识化或汇总形式使用。
P:9.2 平台部署于甲方政务云，乙方远程运维须经甲方逐次审批并通过甲方堡垒机进行，操作全程留痕；乙方人员不得使用个人终端接入平台。
P:9.3 乙方应按网络安全等级保护二级要求落实安全措施。发生数据泄露、篡改、丢失等安全事件时，乙方应在1小时内报告甲方并立即处置。因乙方原因造成安全事件的，乙方承担全部赔偿责任，并配合甲方接受监管部门调查。
P:9.4 合同终止或维护服务结束时，乙方应交还全部甲方数据并删除其掌握的副本，出具书面确认。
H:第十条 保密
P:10.1 乙方对履约过程中知悉的甲方工作秘密、渔政执法信息、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期具备初验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转包
P:乙方不得转包本项目。确需将设备安装等非主体工作分包的，须事先取得甲方书面同意，并对分包方的行为承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方可书面通知解除合同：（一）逾期超过30日；（二）复验仍不合格；（三）严重违反第九条或第十条；（四）其他重大违约，经甲方书面催告后15日内仍未纠正。
P:13.2 合同解除的，乙方应赔偿甲方因此遭受的损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订后7日内提交合同总价5%的履约保证金（银行保函），终验合格后退还。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：东屿市海洋与渔业局　　　　乙方（盖章）：海澄智联科技有限公司
P:签订日期：2026年12月　日
"""

H114Z02 = """
T:油茶籽智能色选设备采购及维护合同
P:合同编号：XNSR-CG-2026-0438
P:甲方（买方）：湖南湘南山润油茶有限公司
P:乙方（卖方）：合肥明瞳光电分选设备有限公司
P:甲方为扩建油茶籽清选车间，向乙方采购油茶籽智能色选设备及配套系统，并委托乙方在质保期满后提供维护服务。双方经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供油茶籽智能色选设备及配套系统，用于剔除油茶籽中的霉变籽、黑籽、瘪籽及石子等杂质。
P:（二）设备清单及价格：
TB:1. 履带式油茶籽智能色选机（6通道，高清CCD与近红外双模识别）|3台|单价¥268,000|小计¥804,000
TB:2. 配套斗式提升机及振动给料机|3套|单价¥36,500|小计¥109,500
TB:3. 除尘及气源系统（螺杆空压机、储气罐、冷干机、精密过滤器）|1套|¥128,600
TB:4. 色选管理软件许可（永久，含识别模型）|1套|¥62,000
P:以上设备及软件小计¥1,104,100。
P:5. 安装调试费¥46,900；6. 操作与维护培训费¥9,000。
P:（三）合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含运输、装卸、保险及税费。
H:二、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥232,000。
P:（二）全部设备运抵甲方车间并经甲方签收后10个工作日内，甲方支付合同总价的50%，即¥580,000。签收仅表明设备数量和外观无误，不构成验收。
P:（三）设备经验收合格后10个工作日内，甲方支付合同总价的25%，即¥290,000。
P:（四）其余5%即¥58,000作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
P:（六）合同价款在履行期内固定不变，不因原材料或汇率变动而调整。
H:三、交货、安装与调试
P:（一）乙方应于合同签订后45日内将设备送达甲方位于衡阳市的清选车间，并在到货后15日内完成安装调试。
P:（二）交货时应附装箱单、产品合格证、使用说明书、电气原理图及易损件清单。
P:（三）甲方提供三相电源、设备基础及车间通道，乙方负责设备就位、管路及电气接线。
P:（四）设备包装应适合长途公路运输和多次装卸，因包装不良造成的损坏由乙方负责。设备运抵前，乙方应提前三日通知甲方到货时间。
P:（五）乙方应对甲方指定的四名操作工和两名设备维修工进行培训，内容包括开机与关机、识别参数设置、日常清洁、喷阀和光源检查及常见故障排除，培训结束后进行考核。
H:四、验收
P:（一）调试完成后，双方以甲方当季油茶籽原料进行连续三个班次的带料试机。验收标准为：1.单机处理量不低于每小时3.5吨；2.霉变籽、黑籽剔除率不低于97%；3.带出比不大于1:20；4.整机噪声不超过80分贝；5.识别参数可由甲方操作人员自行调整和保存；6.除尘系统排放符合当地环保要求。
P:（二）试机时乙方应提交安装调试记录和光学校准记录。试机合格后双方签署验收报告。设备安装完毕、开始试机或甲方投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内调整或更换设备后重新试机；两次验收仍不合格的，甲方有权退货并解除合同，乙方退还全部已付款项。
H:五、质量保证
P:（一）整机质保期为十八个月，自验收合格之日起计算。质保期内，因设备质量问题产生的故障，乙方免费维修或更换零部件，易损件清单所列部件除外。
P:（二）质保期内乙方每季度上门巡检一次，对光学系统进行校准并出具巡检报告。
P:（三）乙方保证所供设备为全新、未使用过的合格产品，主要部件的品牌和产地与报价时提供的技术参数一致，电气安全符合国家标准。
H:六、质保期满后的维护
P:（一）质保期满后，乙方提供全保维护服务，内容包括定期巡检、光学校准、喷阀、光源及CCD相机等部件的更换、软件升级和识别模型优化。
P:（二）全保维护年费为设备及软件小计的32%，即每年¥353,312，按年度支付，维护期内不作调整。
P:（三）甲方可在每个维护年度届满前决定是否续签；不续签的，乙方仍应在此后五年内按成本价向甲方供应备件。
H:七、售后服务响应
P:（一）乙方开通全天候服务热线和远程诊断。故障分为三级：一级指整线停机或色选机无法剔除；二级指单台设备部分通道失效或处理量明显下降；三级指其他不影响生产的问题。
P:（二）一级故障，乙方应在接到报修后2小时内响应并开始远程诊断；远程无法排除的，技术人员应在36小时内到达现场，油茶籽收购加工旺季（每年10月至次年1月）为18小时。二级故障响应时间为6小时，到场时间为3日。三级故障在下次巡检时处理。
P:（三）乙方未按上述时限到场的，每迟延一日，甲方可从质量保证金或维护费中扣减¥800；一级故障五日内未能修复的，乙方应免费提供备用机。
H:八、委托服务
P:乙方可委托其在湖南省内的授权服务商承担设备安装、巡检和现场维修工作，但应事先将服务商名称、人员及联系方式书面通知甲方。乙方对授权服务商的行为承担全部责任。
H:九、知识产权
P:（一）色选管理软件的著作权归乙方所有，乙方授予甲方在本合同设备上永久使用的许可。
P:（二）乙方使用甲方原料样本为甲方训练的识别参数和模型文件归甲方所有，甲方可自行修改、复制并在甲方其他设备上使用。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权；因此引起纠纷的，由乙方负责处理并承担全部责任。
H:十、数据安全
P:（一）设备运行数据、图像数据及产量数据归甲方所有，乙方不得用于本合同以外的目的，也不得提供给第三方。
P:（二）设备内置的远程诊断模块默认关闭。乙方需要远程接入的，应事先取得甲方同意，使用加密通道并保留操作记录，诊断结束后立即断开。
P:（三）发生数据泄露或设备被非法控制等安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方赔偿甲方全部损失。
H:十一、保密
P:双方对本合同内容以及对方的技术资料、工艺参数、原料和产量信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.1%向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）因验收不合格退货的，乙方除退还价款外，还应承担由此产生的运输和拆装费用。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:十三、合同解除
P:乙方逾期交货超过20日、两次验收不合格或有其他根本违约行为经书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:十四、不可抗力
P:因地震、洪水、冰冻等不可抗力不能按期履行的，受影响方应及时通知对方，并在10日内提供有关部门出具的证明，履行期限相应顺延；不可抗力持续超过60日的，任何一方可解除合同。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交衡阳仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术参数；附件二：易损件清单及价格。
P:双方的通知以书面形式送达本合同所列地址，或发送至双方确认的电子邮箱；任何一方变更联系方式的，应及时书面通知对方。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2026年12月　日
"""

H114E01 = """
T:LICENCE AND SUPPORT AGREEMENT
P:TRACCIA batch traceability software
P:This Agreement is made on ____ 2026
H:BETWEEN
P:Tracciabilita Isolana S.r.l., with registered office at Via Dante 9, 04027 Ponza (LT), Italy, tax code and VAT number IT 03188940593, registered with the Register of Companies of Frosinone-Latina, in the person of its sole director (hereinafter the "Licensor");
H:AND
P:Wenchang Yelin Coconut Foods Co., Ltd., with registered office at Dongjiao Town, Wenchang, Hainan Province, People's Republic of China, unified social credit code 91469005MA5TQ8E27K, in the person of its legal representative (hereinafter the "Licensee");
P:(the Licensor and the Licensee together the "Parties" and each a "Party").
H:WHEREAS
P:(A) the Licensee produces coconut milk, coconut oil, desiccated coconut and coconut water at its plant in Wenchang and stores finished goods in two warehouses in Wenchang and Haikou;
P:(B) the Licensee must be able to trace every batch of finished goods back to the lots of coconuts received and forward to its customers;
P:(C) the Licensor has developed the TRACCIA software for batch traceability in the food industry and is willing to license it to the Licensee and to configure it for the Licensee's operations;
P:(D) the recitals form an integral and substantial part of this Agreement;
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 - Definitions
P:1.1 "Software" means TRACCIA version 5, in object code, with its documentation and the updates released during the Agreement.
P:1.2 "Custom Deliverables" means the interfaces, label templates, reports, configurations and scripts that the Licensor prepares specifically for the Licensee under this Agreement, with their source code.
P:1.3 "Go-Live" means the first day on which the Software is used in production for all packing lines.
P:1.4 "Final Acceptance" means the signature by the Licensee of the acceptance certificate under Art. 6.
P:1.5 "Licensee Data" means all data entered into or produced by the Software for the Licensee, including supplier lots, production orders, batch records, quality results and customer shipments.
P:1.6 "Business Day" means a working day in the People's Republic of China.
H:Art. 2 - Subject matter
P:2.1 The Licensor grants the Licensee a perpetual, non-exclusive, non-transferable licence to use the Software at the plant and the two warehouses mentioned in recital (A), for up to 60 named users, installed on the Licensee's servers.
P:2.2 The Licensor shall configure the Software, interface it with the Licensee's Kingdee ERP and with the label printers and scales of the 14 packing lines, migrate open batch records, train staff and assist at Go-Live.
H:Art. 3 - Price
P:3.1 The consideration for this Agreement (the "Contract Price") is broken down as follows:
P:Licence Fee for the Software: CNY 612,000
P:Configuration, ERP and line integration, data migration: CNY 248,000
P:Training and Go-Live assistance: CNY 36,000
P:Contract Price: CNY 896,000
P:3.2 At the Licensee's request, all amounts are expressed and paid in Chinese Yuan (CNY). The Contract Price is fixed.
H:Art. 4 - Payment terms
P:4.1 The Contract Price shall be paid by bank transfer as follows: (a) 20%, equal to CNY 179,200, within 15 days of signature of this Agreement; (b) 40%, equal to CNY 358,400, within 15 days after Go-Live; (c) 40%, equal to CNY 358,400, within 15 days after Final Acceptance.
P:4.2 Each payment is subject to receipt of a regular invoice. Go-Live and the payment under letter (b) do not imply acceptance.
H:Art. 5 - Time schedule and delay damages
P:5.1 The Licensor shall achieve Go-Live within 100 days of signature of this Agreement, in accordance with the project plan in Annex B.
P:5.2 For each calendar day of delay in Go-Live attributable to the Licensor, the Licensor shall pay a penalty equal to 0.1% of the Contract Price, up to a maximum of 10% of the Contract Price, without prejudice to compensation for further damage.
H:Art. 6 - Acceptance
P:6.1 After Go-Live, the Parties shall carry out the acceptance tests described in Annex C. The Software and the Custom Deliverables shall be accepted only if: (a) 50 test batches can be traced end to end, from the coconut lots received to the customer shipments, with each query answered within five seconds; (b) a mock recall exercise identifies all affected lots, stocks and customers within 90 minutes; (c) the ERP interface reconciles 20 consecutive Business Days of production orders without discrepancies; (d) labels and weights are correctly recorded on all 14 packing lines; (e) no Severity 1 or Severity 2 defect remains open.
P:6.2 If the tests are passed, the Licensee shall sign the acceptance certificate within five Business Days; otherwise the Licensor shall correct the defects within 15 days and the tests are repeated. Production use of the Software does not constitute acceptance.
H:Art. 7 - Warranty
P:7.1 The Licensor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex A for 24 months from Final Acceptance. During this period the Licensor shall correct all defects and supply all updates free of charge.
P:7.2 During the warranty period the Licensor provides the support services of Art. 9 free of charge.
H:Art. 8 - Support after the warranty
P:8.1 After the warranty period, the Licensee may order annual support services covering the services of Art. 9, corrections and updates.
P:8.2 The annual support fee is 9% of the Licence Fee, i.e. CNY 55,080 per year. The fee is fixed for the first three years of support; afterwards it may be changed only by written agreement and by no more than 3% per year.
P:8.3 Support is ordered each year by purchase order. There is no tacit renewal.
H:Art. 9 - Service levels
P:9.1 The Licensor provides a support desk in Chinese and English from 08:00 to 20:00 China Standard Time on Business Days and, for Severity 1 defects, at any time.
P:9.2 Severity 1 means that traceability recording or label printing is stopped on one or more packing lines. The Licensor shall respond to a Severity 1 defect within 2 hours and provide a workaround within 8 hours. Severity 2 means a significant function is impaired without stopping production: response within 6 business hours, correction within five Business Days. Severity 3: response by the next Business Day.
P:9.3 For each hour or part of an hour by which the Licensor exceeds the response or workaround time for a Severity 1 defect, the Licensee is entitled to a reduction of CNY 600, deducted from the next payment or support fee.
H:Art. 10 - Intellectual property
P:10.1 The Software and all rights in it remain with the Licensor.
P:10.2 The Custom Deliverables, including their source code, become the property of the Licensee upon delivery. The Licensee may use, modify and license them freely, also through third parties. The Licensor shall deliver their source code at Final Acceptance.
P:10.3 The Licensor shall indemnify the Licensee against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Art. 11 - Licensee Data and security
P:11.1 Licensee Data belong exclusively to the Licensee. The Licensor may process them only to perform this Agreement and shall not use them for any other purpose, including in anonymised or aggregated form.
P:11.2 Licensee Data are stored on the Licensee's servers in Hainan. The Licensor may access them remotely only through the VPN provided by the Licensee, with a separate approval for each session; all sessions are logged. The Licensor shall not copy Licensee Data outside the Licensee's systems.
P:11.3 The Licensor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. It shall notify the Licensee of any security incident affecting Licensee Data within 12 hours and shall cooperate in its handling. The Licensor is liable for all damage caused by its breach of this Art. 11.
H:Art. 12 - Confidentiality
P:Each Party shall keep confidential all technical, commercial and production information of the other Party, including recipes, supplier data and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Art. 13 - Subcontracting
P:The Licensor shall not subcontract any part of its obligations without the prior written consent of the Licensee.
H:Art. 14 - Limitation of liability
P:The total liability of the Licensor under this Agreement shall not exceed 150% of the Contract Price. Pursuant to Article 1229 of the Italian Civil Code, this limitation does not apply to wilful misconduct or gross negligence, nor to breach of Articles 11 and 12 or to the indemnity under Art. 10.3.
H:Art. 15 - Termination
P:15.1 Pursuant to Article 1456 of the Italian Civil Code, the Licensee may terminate this Agreement by written notice sent by certified e-mail (PEC) or registered letter if: (a) Go-Live is delayed by more than 45 days; (b) the acceptance tests fail twice; (c) the Licensor breaches Art. 11 or Art. 12.
P:15.2 In addition, the Licensee may terminate this Agreement if the Licensor commits any other material breach and fails to remedy it within 20 days of written notice.
H:Art. 16 - Force majeure
P:Neither Party is liable for delays caused by events beyond its reasonable control, such as typhoons.
H:Art. 17 - Governing law and jurisdiction
P:17.1 This Agreement is governed by Italian law.
P:17.2 The Court of Latina shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Art. 18 - Final provisions
P:18.1 This Agreement, with its Annexes, constitutes the entire agreement between the Parties. Any amendment requires written form.
P:18.2 This Agreement is signed in English. It shall be registered in Italy only in case of use,.
P:Annexes: A - functional specification; B - project plan; C - acceptance tests.
P:The Licensor ______________________    The Licensee ______________________
P:Pursuant to and for the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Licensee specifically approves the following clauses: Art. 5.2 (penalty), Art. 14 (limitation of liability), Art. 15 (termination), Art. 17 (governing law and exclusive jurisdiction).
P:The Licensee ______________________
"""

H114E03 = """
T:EQUIPMENT SUPPLY AND MAINTENANCE CONTRACT
P:Tank water-quality monitoring system for the scallop hatchery
P:Contract No.: BBS-EQ-2026-112
P:Buyer: Dalian Bohai Bay Scallop Seed Co., Ltd., Jinshitan, Jinzhou District, Dalian, Liaoning Province, People's Republic of China (the "Buyer")
P:Supplier: Møns Akva Instrument ApS, Storegade 31, 4780 Stege, Denmark, CVR no. 41827763 (the "Supplier")
P:The Buyer wishes to monitor water quality in the larval-rearing and broodstock tanks of its hatchery and to control aeration automatically. The Supplier has offered to supply, install and maintain a monitoring system. The parties agree as follows.
H:Section 1 Definitions
P:1.1 "System" means the sensors, analysers, controllers, gateways and software listed in Section 2, installed and integrated at the Buyer's hatchery.
P:1.2 "Equipment and Software Subtotal" means the sum of items 1 to 5 of the price table in Section 2.
P:1.3 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Section 5.
P:1.4 "Buyer Data" means all measurements, alarms, logs, settings and reports produced or stored by the System.
H:Section 2 Scope and Contract Price
P:2.1 The Supplier shall supply, install, commission and maintain the following, and train the Buyer's staff:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter tank probe (dissolved oxygen, pH, temperature, salinity)|64|9,850|630,400
TB:2|Ammonia and nitrite online analyser|8|27,600|220,800
TB:3|Tank controller with alarm relay and aeration control|16|12,400|198,400
TB:4|Gateway (Ethernet and LoRa)|4|8,900|35,600
TB:5|HatchWatch monitoring software, perpetual licence, unlimited users|1|146,000|146,000
TB:|Equipment and Software Subtotal|||1,231,200
TB:6|Installation, cabling and commissioning|1|118,600|118,600
TB:7|Operator and maintenance training|1|12,200|12,200
TB:|Contract Price|||1,362,000
P:2.2 At the Buyer's request the Contract Price is stated and paid in Chinese Yuan. It is a fixed price and includes delivery to the hatchery (DAP Dalian), customs clearance costs borne by the Supplier, insurance, installation materials, travel and all taxes payable by the Supplier.
H:Section 3 Payment
P:3.1 The Buyer pays 10% of the Contract Price, CNY 136,200, within 20 days after signature of this Contract and receipt of an advance-payment bank guarantee for the same amount.
P:3.2 The Buyer pays 50% of the Contract Price, CNY 681,000, within 20 days after both parties sign the Installation Certificate. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer pays the remaining 40% of the Contract Price, CNY 544,800, within 20 days after Final Acceptance.
H:Section 4 Delivery and installation
P:4.1 The Supplier delivers the System within 75 days after signature and completes installation and commissioning within 110 days after signature. Work inside the rearing halls must be coordinated with the Buyer's production schedule so that no tank in use is emptied without the Buyer's consent.
P:4.2 If delivery or completion of installation is late for reasons attributable to the Supplier, the Supplier pays liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:4.3 The Buyer provides power supply points, cable routes, network access and a lockable store for the equipment during installation, and names a hatchery manager who can approve work in the rearing halls.
P:4.4 The Supplier delivers with the System the operating manuals in Chinese and English, wiring diagrams, calibration procedures and a list of recommended spare parts and consumables with prices.
H:Section 5 Acceptance
P:5.1 After commissioning, the System runs for a trial period of 21 days during normal larval rearing. Final Acceptance requires that: (a) each probe agrees with a calibrated reference instrument within ±0.2 mg/L for dissolved oxygen, ±0.1 °C for temperature, ±0.5 ppt for salinity and ±0.1 for pH; (b) every low-oxygen alarm reaches the duty phone within 60 seconds; (c) automatic aeration switches on at the set point in every tank; (d) no Severity 1 fault occurs during the trial period; (e) calibration certificates, manuals and as-built drawings are delivered.
P:5.2 If the criteria are met, the Buyer signs the final acceptance certificate within seven days. Otherwise the Supplier corrects the defects and the trial period is repeated. Installation, use of the System or any payment does not constitute acceptance.
H:Section 6 Warranty and maintenance
P:6.1 The warranty period is 24 months from Final Acceptance. During it, the Supplier repairs or replaces any defective part of the System free of charge, including labour and travel, and provides software updates. Probe membranes and reagents are consumables and are not covered.
P:6.2 During the warranty period, the Supplier calibrates all probes and analysers on site once a quarter.
P:6.3 After the warranty period, the Buyer may order maintenance (quarterly calibration, repairs, spare parts other than consumables, software updates and the service levels of Section 7) for an annual fee of 8.5% of the Equipment and Software Subtotal, i.e. CNY 104,652 per year. This fee is fixed for three years after the warranty period. Maintenance is ordered by annual purchase order and is not renewed automatically.
P:6.4 The Supplier keeps spare parts for the System available for at least eight years after Final Acceptance and informs the Buyer at least one year in advance if any component will be discontinued.
P:6.5 The training under item 7 covers daily operation, probe cleaning and calibration, alarm settings and first-line fault finding, for up to 16 hatchery staff in two sessions held at the hatchery in Chinese.
H:Section 7 Service levels
P:7.1 Severity 1 means loss of oxygen monitoring or alarms for any tank, or a controller failure that stops aeration. The Supplier answers a Severity 1 call, by telephone or remote connection, within 30 minutes at any hour of any day, sends a technician on site within 6 hours and restores monitoring and aeration control within 10 hours.
P:7.2 Severity 2 means any other failure of a probe, analyser or the software. The Supplier responds within 2 hours and repairs the fault by the end of the next day.
P:7.3 For each hour by which a Severity 1 response, on-site or restoration time is exceeded, the Supplier pays CNY 800, deducted from the next payment or from the maintenance fee.
H:Section 8 Intellectual property
P:8.1 The HatchWatch software remains the property of the Supplier; the licence granted under Section 2 is perpetual and irrevocable.
P:8.2 The dashboards, alarm logic, set-point tables and integration scripts prepared for the Buyer belong to the Buyer, which may use, modify and give them to third parties without restriction.
H:Section 9 Buyer Data and security
P:9.1 Buyer Data belong to the Buyer. The Supplier may use them only to perform this Contract and may not use them for any other purpose, including in anonymised or aggregated form.
P:9.2 The System's server is installed at the hatchery. The Supplier accesses it remotely only through the VPN provided by the Buyer, after the Buyer approves each session; sessions are logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier notifies the Buyer of any security incident affecting the System or Buyer Data within 12 hours, takes immediate measures to contain it and is liable for all damage caused by its breach of this Section.
H:Section 10 Confidentiality
P:The Supplier keeps confidential all information about the Buyer's hatchery, broodstock, production methods and results that it learns under this Contract and does not disclose it to third parties without the Buyer's written consent. This obligation continues for five years after the end of this Contract.
H:Section 11 Subcontracting
P:The Buyer approves Dalian Haixin Instrument Service Co., Ltd. as the Supplier's local service partner for installation and on-site service. Any other subcontractor requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors' work.
H:Section 12 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to wilful misconduct, gross negligence or breach of Sections 9 and 10.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if delivery or installation is more than 30 days late, if Final Acceptance fails twice, or if the Supplier commits any other material breach and does not remedy it within 15 days after written notice.
H:Section 14 Governing law and disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:Section 15 Force majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as storms, sea ice, epidemics or acts of authorities, provided it informs the other party promptly and limits the effects. Dates are extended by the duration of the event.
H:Section 16 Notices
P:Notices under this Contract are given in writing by e-mail with confirmation of receipt or by courier to the addresses above or to any other address a party notifies.
H:Section 17 Final provisions
P:This Contract is made in English and Chinese; both versions have equal effect. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h114z01": H114Z01, "h114z02": H114Z02, "h114e01": H114E01, "h114e03": H114E03}
TARGETS = {"h114z01": ("h114z01_fishery_port_vessel_monitoring_platform.docx", "docx"),
           "h114z02": ("h114z02_camellia_oil_mill_seed_colour_sorters.pdf", "pdf"),
           "h114e01": ("h114e01_coconut_maker_batch_tracking_licence.pdf", "pdf"),
           "h114e03": ("h114e03_scallop_hatchery_tank_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
