"""holdout446: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths, thresholds,
payment sums and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:宗教活动场所管理平台采购合同
P:合同编号：XYMZ-ZFCG-2025-017    采购项目编号：XY2025-GK-0316（公开招标）
P:甲方（采购人）：溪阳市民族宗教事务局
P:乙方（供应商）：苏州云衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就溪阳市宗教活动场所管理平台建设项目（以下简称“本项目”）经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“云衡场所通”宗教活动场所管理平台软件永久使用许可，并在该平台基础上为甲方定制开发场所登记备案、教职人员备案、宗教活动报备、大型活动审批、场所财务监管、安全隐患巡查及统计分析七个业务模块。
P:1.2 乙方负责将甲方现有的412处宗教活动场所档案、1,068名教职人员信息从原有电子台账及旧系统迁移至新平台，并完成部署、联调、培训及上线保障。
P:1.3 本项目部署于溪阳市电子政务外网云平台，乙方不得将系统或数据部署于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰壹拾玖万陆仟元整（¥1,196,000.00），为含税固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可（市、县、乡三级账号数量不限）|680,000
TB:2|七个业务模块定制开发|412,000
TB:3|历史数据迁移|58,000
TB:4|部署实施及培训|46,000
TB:合计||1,196,000
P:2.2 合同价款已包含软件许可、开发、迁移、实施、培训、质保期内服务及税费等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额增值税发票，甲方于10个工作日内支付合同总价的20%，即人民币239,200元，作为预付款。
P:3.2 系统上线试运行并通过初步验收后，甲方支付合同总价的45%，即人民币538,200元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即人民币418,600元。
P:3.4 每笔款项支付前，乙方应提供合法有效的发票。甲方通过国库集中支付方式付款。
H:第四条 交付进度
P:4.1 乙方应于合同签订之日起90日内完成全部模块开发和数据迁移并上线试运行，试运行期为60日。
P:4.2 乙方应每周向甲方报送项目进度，并配置不少于6名驻场实施人员；项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收：系统上线后，甲方按功能清单逐项测试。全部功能点通过、迁移数据经全量比对无差错、平台在200个并发用户下页面响应时间不超过3秒的，为初验合格。
P:5.2 最终验收：试运行期满，系统连续运行未发生一级故障，并通过第三方网络安全等级保护测评及商用密码应用安全性评估后，由甲方组织专家进行最终验收，出具书面验收报告。
P:5.3 系统上线使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改，并承担重新验收的费用。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持和现场服务。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划停机除外）；一级故障（平台无法登录或核心业务中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障1小时内响应、24小时内解决；三级问题于次个工作日内答复。
P:6.3 乙方未达到前款服务水平的，一级故障响应或恢复每超时1小时，扣减履约保证金500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。乙方应于合同签订时提交人民币50,000元履约保证金。
P:6.4 质保期满后，甲方需要继续维护服务的，年度维护费为软件许可价格的8%，即每个服务年度人民币54,400元，三个服务年度内不作上调，维护范围与质保期相同。维护合同由双方另行书面签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的七个业务模块、接口程序、数据迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应于最终验收前交付全部源代码。
P:7.3 乙方保证所提供的软件不侵犯第三方的合法权益，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全
P:8.1 平台中的场所、人员、活动及财务等全部数据归甲方所有。乙方仅为履行本合同之目的处理数据，不得用于其他任何用途，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、操作审计和加密传输措施；运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至甲方环境之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、内部资料和敏感信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
H:第十条 违约责任
P:10.1 乙方逾期上线或逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条 不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应在3日内书面通知对方并提供证明，双方协商延期履行；不可抗力消除后应立即恢复履行。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分，与本合同具有同等效力。
P:甲方（盖章）：溪阳市民族宗教事务局    乙方（盖章）：苏州云衡信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年4月18日
"""

Z02 = """T:沥青拌合站控制系统改造及维保合同
P:合同编号：GNLQ-WZ-2025-0412
P:甲方：赣南路桥建设集团有限公司
P:乙方：洛阳恒拓自动化工程有限公司
P:鉴于甲方所属于都沥青拌合站（4000型）原控制系统老化、计量误差偏大，甲方决定对其进行改造。乙方为专业的拌合站控制系统供应商，愿意按本合同约定提供设备、软件及服务。双方经协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责拆除原控制系统，供货并安装新的控制柜、配料计量称重系统、工控机操作台、燃烧器温度控制及尾气监测模块，提供拌合站控制软件和生产数据上传软件的永久许可，并完成调试、热负荷试生产保障和操作培训。
P:1.2 改造须在甲方停产窗口内完成，停产时间不得超过25日。
H:2. 合同价款
P:2.1 合同总价为人民币壹佰贰拾万元整（¥1,200,000），含税、运输、保险及安装费用，明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|控制系统主机柜（PLC及I/O模块、冗余电源）|1套|286,000
TB:2|配料计量称重系统（骨料、粉料、沥青、添加剂称重传感器及变送器）|1套|218,000
TB:3|工控机及操作台（双屏、UPS）|2套|96,000
TB:4|燃烧器温度控制及尾气监测模块|1套|164,000
TB:5|拌合站控制软件永久许可（配比管理、生产控制、报表）|1套|178,000
TB:6|生产数据上传网关及监控软件永久许可|1套|78,000
TB:|硬件及软件小计||1,020,000
TB:7|拆除旧系统、安装接线及调试|1项|128,000
TB:8|热负荷试生产保障及操作培训|1项|52,000
TB:|合计||1,200,000
H:3. 付款
P:3.1 合同签订后7个工作日内，甲方支付合同总价的10%，即120,000元。
P:3.2 设备到场、安装调试完成并经甲方签收后，甲方支付合同总价的55%，即660,000元。安装调试完成不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%，即420,000元。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:4. 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运抵拌合站现场，并在甲方通知的停产窗口内完成拆除、安装和调试。
P:4.2 乙方应配备持证电工及调试工程师，遵守甲方现场安全管理制度。
P:4.3 乙方应在进场前提交施工组织方案、停产期间的拆装计划和安全措施，经甲方批准后实施。拆除的旧设备归甲方所有，由乙方清点后移交甲方仓库。
P:4.4 乙方应向甲方提供电气原理图、接线图、PLC程序备份、软件安装介质、操作手册和维护手册各一套，并在最终验收前交付。
H:5. 验收
P:5.1 安装调试完成后，进行不少于10个工作日的热负荷试生产。验收标准：各料仓动态计量误差骨料不超过±0.5%、粉料及沥青不超过±0.3%；成品料温控制偏差不超过±5℃；尾气排放在线监测数据正常上传；连续生产期间控制系统无死机、无误动作。
P:5.2 达到上述标准后，甲方组织最终验收并签署验收报告。试生产期间的使用不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为最终验收合格之日起18个月。质保期内因设备或软件质量问题产生的维修、更换及上门服务均由乙方免费提供。
P:6.2 服务响应：一级故障（拌合站停机）乙方应在30分钟内电话响应，6小时内到达现场，到场后8小时内排除；二级故障（部分功能失效）2小时内响应，24小时内到场。
P:6.3 乙方响应或到场每超时1小时，向甲方支付800元。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费为硬件及软件小计的26%，即每个维保年度人民币265,200元，此后各维保年度均按该金额执行、不作上调，包括定期巡检、备件更换和软件升级。维保合同按年度另行签订。
P:6.5 质保期内乙方每季度对控制系统进行一次巡检，每次巡检后提交巡检报告；在沥青生产旺季（每年4月至10月）乙方应在赣州市区储备常用备件。
P:6.6 乙方应为甲方培训操作人员不少于8名、电气维护人员不少于3名，培训合格后方可独立上岗。
P:6.7 质保期内更换的部件，其质保期自更换之日起重新计算十八个月。乙方在故障处理完毕后应填写服务记录单，经甲方现场负责人签字确认。
P:6.8 乙方应保证所供称重传感器及变送器在质保期内每半年经甲方委托的计量检定机构检定一次，检定费用由乙方承担，检定不合格的应免费更换。
H:7. 知识产权
P:7.1 控制软件标准产品的知识产权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为甲方定制的配料控制程序、生产数据上传接口及其源代码，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:8. 数据与安全
P:8.1 配合比、产量、料温、排放等全部生产数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方批准，使用甲方提供的专用账号并留存操作记录；乙方不得在控制系统中预留后门。
P:8.3 因乙方原因导致数据泄露、篡改或控制系统被非法侵入的，乙方应立即报告并承担由此造成的全部损失。
P:8.4 乙方提供的工控机及网关应关闭不必要的端口和服务，安装甲方认可的防病毒软件，软件升级包须经甲方确认后方可安装。
H:9. 保密
P:9.1 乙方对甲方的配合比、工艺参数、价格及经营信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条在合同终止后继续有效。
P:9.2 乙方人员在甲方现场期间获知的生产计划、客户及供应商信息，同样适用本条约定。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方累计赔偿责任以合同总价的200%为限，但故意、重大过失及人身伤害除外。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:11. 分包
P:乙方可将电气安装工作分包给具备资质的单位，但须事先取得甲方书面同意，并对分包单位的工作负全部责任。
H:12. 解除
P:乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:13. 法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交赣州仲裁委员会仲裁。
H:14. 不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应在3日内通知对方，并在10日内提供证明文件，履行期限相应顺延。不可抗力持续超过60日的，双方协商处理合同后续事宜。
H:15. 其他
P:本合同附件包括：设备技术规格书、停产改造计划、验收测试表、培训计划，附件与本合同具有同等效力。
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:代表签字：                        代表签字：
P:日期：2025年5月9日
"""

Z03 = """推拿理疗门店预约及会员管理系统服务合同

合同编号：AHT-IT-2025-006

甲方：杭州安和堂推拿理疗连锁有限公司
乙方：上海约点网络科技有限公司

甲方在杭州、湖州、绍兴三地经营推拿理疗门店29家，拟统一使用线上预约、排班及会员储值管理系统。乙方为“约点”门店管理SaaS平台的运营方。双方经友好协商，就甲方订阅该平台并由乙方完成实施事宜订立本合同。

一、服务内容
（一）乙方为甲方29家门店开通“约点”平台专业版，包括微信小程序预约、技师排班、前台收银、会员储值及次卡、短信提醒、经营报表等功能，每店含3个前台账号及不限数量的技师账号。
（二）乙方负责实施：将甲方现有约6.8万名会员档案、储值余额及次卡余额迁移至平台；按甲方品牌要求配置小程序页面；对各门店店长及前台进行培训。
（三）服务期为三个服务年度，自上线验收合格之日起计算。

二、费用
（一）订阅费：每店每个服务年度人民币9,600元，29家门店每个服务年度合计278,400元，三个服务年度合计835,200元。
（二）实施费：会员及储值数据迁移38,000元，小程序及收银配置34,000元，门店培训24,000元，合计96,000元。
（三）合同总价为人民币931,200元（订阅费835,200元加实施费96,000元），含税。短信超出套餐部分按实际用量另行结算，不计入合同总价。
（四）服务期内甲方新增门店的，按每店每个服务年度9,600元按月折算计费。

（五）合同总价已包含平台在服务期内的全部版本升级、技术支持、数据备份及每店每月200条提醒短信，乙方不得另行收取平台使用相关费用。

三、付款方式
（一）实施费在上线验收合格后10个工作日内一次性支付。
（二）订阅费按服务年度支付。每个服务年度开始后15日内，甲方支付该服务年度订阅费278,400元。首个服务年度自上线验收合格之日开始。
（三）乙方应在收款前开具增值税普通发票。

（四）乙方应为甲方提供不少于2次的集中培训及在线培训课程，新入职前台人员可随时使用在线课程学习。

四、上线与验收
（一）乙方应于合同签订后45日内完成全部门店的数据迁移、配置和培训，具备上线条件。
（二）上线验收标准：1. 会员档案、储值余额及次卡余额与甲方原系统导出数据逐条核对一致；2. 29家门店均能完成预约、排班、收银、储值消费的全流程测试；3. 高峰时段500个并发预约请求下，小程序页面响应时间不超过2秒；4. 连续试运行10日无一级故障。
（三）全部达标后，甲方签署上线验收确认书。系统上线使用不视为验收合格。

（四）乙方应指定一名项目经理负责实施，并为甲方配备专属客户成功经理，每月回访一次，每季度向甲方提交一次使用情况分析报告。
（五）甲方应按乙方要求提供门店清单、价目表、技师名单及原系统数据导出文件，并指定一名总部联系人负责协调各门店。

五、服务水平
（一）平台月度可用率不低于99.5%（每月计划维护不超过2次，每次安排在凌晨1:00至5:00之间，并提前3日通知甲方）。
（二）故障分级及响应：一级故障（预约或收银功能全部中断）30分钟内响应，2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复；三级问题于次个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣合计不超过当月订阅费的一半；一级故障恢复每超时1小时，抵扣500元。抵扣金额从下一期订阅费中扣除。

（四）乙方应提供7×24小时服务热线及在线工单，并每月向甲方提交服务水平报告，列明可用率、故障次数及处理时长。
（五）平台版本升级应安排在门店非营业时段，重大功能变更应提前7日告知甲方，并不得减少本合同约定的功能。

六、数据安全
（一）甲方会员的姓名、手机号、消费记录、储值余额等数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供，不得用于营销推送。
（二）乙方应将数据存储于中国境内的云服务器，落实分级授权、加密存储、操作日志和每日备份，平台应通过网络安全等级保护三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并配合甲方履行个人信息保护义务；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向会员支付的赔偿和受到的行政处罚。
（四）服务终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除平台中的数据。

（五）甲方有权随时在平台后台导出会员、储值及消费数据，乙方不得设置技术障碍或另行收费。

七、知识产权
（一）“约点”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板及数据迁移脚本，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、续期
（一）服务期满前30日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时乙方有权根据市场行情上调订阅单价，并于续期开始前书面通知甲方，调整后的单价自续期之日起执行。

九、违约责任
（一）乙方未能按本合同第四条第（一）项约定的期限具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应予以赔偿。

（四）乙方因自身原因导致上线验收不合格的，应在10日内完成整改并重新组织验收，重新验收期间不影响前款逾期违约金的计算。

十、分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，或连续两个月可用率低于约定值，经甲方书面催告后10日内未改正的，甲方有权解除合同，乙方应退还未履行服务期间的订阅费。
（二）一方被依法宣告破产或停止经营的，另一方可解除合同。

十二、不可抗力
因自然灾害、公共卫生事件、政府行为或基础电信网络大面积故障等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。

（三）服务期内平台停止运营或被第三方收购的，乙方应至少提前60日通知甲方，并协助甲方完成数据迁移。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十四、其他
（一）本合同附件包括：门店清单、功能清单、数据迁移方案，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州安和堂推拿理疗连锁有限公司
授权代表：
日期：2025年6月3日

乙方（盖章）：上海约点网络科技有限公司
授权代表：
日期：2025年6月3日
"""

Z04 = """南岭市植物园票务及游客管理系统年度运维服务合同

项目名称：南岭市植物园票务及游客管理系统2025年度运维服务
采购方式：竞争性磋商（项目编号：NLZFCG-2025-CS-028）
合同编号：NLZWY-2025-011

甲方（采购人）：南岭市植物园管理处
乙方（成交供应商）：广州景票信息科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方票务及游客管理系统的运维服务订立本合同。

本项目经磋商，乙方的最终报价即为本合同总价。甲方已在政府采购网公告成交结果，公告期内无质疑。

第一章 服务范围
（1）运维对象：票务管理平台、分时预约小程序、年卡管理系统、游客统计大屏，以及园区3个出入口共24个闸机通道、8台自助售取票机和6台手持验票终端。
（2）服务内容：驻场运维、日常巡检、故障处理、系统软件维护及补丁更新、节假日保障、备品备件更换、数据备份、安全巡检及等级保护测评配合。
（3）服务期：自2025年3月1日起至2026年2月28日止。

（4）运维服务应覆盖园区夜间灯光展、研学活动等临时性活动的票务保障，乙方不另行收费。

第二章 服务费用
（1）本合同总价为人民币叁拾玖万元整（¥390,000），为固定总价，含税。费用构成：驻场运维人员2名，216,000元；系统软件维护，98,000元；备品备件，52,000元；安全巡检及等保测评配合，24,000元。
（2）除本合同约定外，甲方不再支付其他费用。备品备件超出附件清单的，经甲方书面确认后另行结算。

（3）乙方在服务期内应保持运维团队稳定，驻场人员的人工、食宿、交通、通信等费用均已包含在合同总价内。

第三章 付款方式
（1）服务费按季度支付，每季度97,500元。
（2）每季度结束后，乙方提交季度运维报告及发票，甲方确认后15个工作日内支付当季度服务费。本合同不设预付款。

（3）甲方因财政资金拨付原因延迟付款的，应提前告知乙方，乙方不得因此降低服务标准。

第四章 人员与进场
（1）乙方应于2025年3月1日前完成进场及与原运维单位的系统交接，驻场人员每日在开园前1小时到岗，节假日及大型花展期间增派1名保障人员。
（2）驻场人员须具备三年以上票务或闸机系统运维经验，更换人员应提前7日征得甲方同意。

（3）乙方驻场人员应遵守植物园的工作纪律和安全管理规定，统一着装、佩戴工牌，不得在园区内从事与运维无关的活动。
（4）乙方应建立运维值班制度，公布7×24小时值班电话，并在每年春节、五一、国庆及各类花展期间制定专项保障方案，提前10日报甲方审核。

第五章 服务水平
（1）开园时段内，票务及预约系统可用率不低于99.95%。
（2）一级故障（售检票中断或预约系统无法访问）：驻场人员15分钟内响应，1小时内恢复；二级故障（单个出入口或部分设备故障）：30分钟内响应，6小时内恢复；三级问题：当日处理。
（3）乙方应每月提交服务水平统计报告。未达到上述服务水平的，乙方应书面说明原因并在5个工作日内提交整改方案。

（4）乙方应每日巡检闸机、自助售取票机及网络设备，每周检查数据备份，每月进行一次安全漏洞扫描，并将结果记入运维日志。
（5）备品备件由乙方采购并存放于园区备件库，闸机读卡模块、打印机、工控主板等易损件的库存不得低于附件清单数量。

第六章 验收
（1）每季度结束后，甲方根据运维日志、故障记录及巡检报告对当季度服务进行确认。
（2）服务期满时进行年度验收，标准为：全年各项服务水平均达到第五章约定；年度巡检报告、备份记录完整；系统全部源代码、配置文档及账号移交清单齐全；等级保护测评中乙方负责的问题已全部整改。年度验收由甲方出具书面意见。

（3）甲方在年度验收中发现问题的，乙方应在10个工作日内完成整改，整改完成后由甲方重新确认。

第七章 数据安全
（1）游客实名信息、购票记录、年卡档案及客流数据归甲方所有，乙方仅为履行运维工作访问，不得复制、留存或用于其他用途。
（2）乙方应落实最小权限原则，运维操作通过甲方堡垒机进行并留存日志，不得使用个人设备存储数据；驻场人员须签署个人信息保护承诺。
（3）发生数据泄露或系统被攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

（4）服务期满或合同终止时，乙方应将运维过程中接触的全部数据交还甲方，并删除自有设备中留存的副本，书面确认删除结果。

第八章 保密
（1）乙方对履行本合同中获知的甲方内部资料、系统口令、安全配置及游客信息负有保密义务，未经甲方书面同意不得向第三方披露。合同终止后保密义务继续有效。

（2）乙方人员应签署保密承诺书，乙方对其人员违反保密义务的行为承担责任。

第九章 知识产权
（1）运维期间乙方为甲方编写的脚本、报表及配置文档，知识产权归甲方所有。

（2）乙方使用的第三方软件或工具应为合法授权版本，因侵权产生的纠纷由乙方负责处理。

第十章 违约责任
（1）乙方逾期进场或逾期完成系统交接的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（2）因乙方原因造成甲方损失的，乙方应予以赔偿。
（3）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

（4）乙方应为驻场人员依法缴纳社会保险，驻场人员在园区内发生的人身伤害由乙方负责处理。

第十一章 分包
乙方不得将本合同项下服务转包或分包。

（4）乙方违反数据安全或保密义务的，除承担赔偿责任外，甲方有权要求更换相关人员。

第十二章 合同的变更与解除
（1）本合同服务期内，任何一方均不得单方解除本合同。
（2）确需变更服务内容的，双方协商一致后签订书面补充协议。

（3）乙方应配合甲方接受主管部门及审计部门的检查，如实提供运维记录、人员考勤及备件使用台账。

第十三章 不可抗力
因台风、暴雨、疫情防控等不可抗力导致闭园或服务无法提供的，受影响一方应及时通知对方，双方协商调整服务安排，相应期间的服务费按实际提供的服务确认。

第十四章 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五章 其他
（1）竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（2）服务期满前，乙方应配合甲方完成后续运维单位的交接，移交全部账号、口令、配置文档及运维记录。
（3）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：南岭市植物园管理处          乙方（盖章）：广州景票信息科技有限公司
负责人或授权代表：                        法定代表人或授权代表：
日期：2025年2月20日                       日期：2025年2月20日
"""

Z05 = """# 智序APS生产排程软件许可及实施合同

**济南智序软件有限公司标准合同文本（2024版）**

合同编号：ZX-APS-2025-0087

- 甲方（买方）：山东泰和豆制品有限公司
- 乙方（卖方）：济南智序软件有限公司

甲方为豆干、豆皮及卤制豆制品生产企业，拟采用乙方的智序APS生产排程软件，实现订单、泡豆、磨浆、点卤、压制、卤制、烘干及包装各工序的自动排程。经双方协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智序APS生产排程软件（标准版）永久使用许可，含20个用户账号，部署于甲方本地服务器。

1.2 乙方根据甲方需求进行定制开发：卤制、烘干、真空包装工序的排程规则；与甲方用友ERP系统及称重系统的数据接口。

1.3 乙方负责软件安装部署、基础数据初始化及甲方关键用户培训。

1.4 乙方提供的软件功能以本合同附件《软件功能清单》为准，清单以外的功能不属于本合同范围。

## 第二条 合同价款

合同总价为人民币肆拾玖万陆仟元整（¥496,000），含税。

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 智序APS生产排程软件永久许可（标准版，20个用户） | 1套 | 268,000 |
| 2 | 定制开发：卤制、烘干、真空包装工序排程规则 | 1项 | 118,000 |
| 3 | 定制开发：用友ERP及称重系统接口 | 1项 | 68,000 |
| 4 | 部署实施及培训 | 1项 | 42,000 |
| 合计 | | | 496,000 |

上述价格不含甲方服务器、数据库、操作系统及网络设备费用，该等软硬件由甲方自行采购并承担费用。乙方实施人员的差旅费用已包含在实施费中。

如甲方增购用户账号，单价按每个账号人民币6,800元计算。

## 第三条 付款方式

3.1 本合同签订后5日内，甲方向乙方支付合同总价的50%，即248,000元。乙方收到该笔款项后开始实施。

3.2 软件上线后10日内，甲方支付剩余50%，即248,000元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及服务。

3.4 乙方收到款项后10个工作日内向甲方开具增值税专用发票。甲方要求变更开票信息的，应提前书面通知乙方。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划于60日内完成安装部署、定制开发及培训。实施计划由乙方制定，甲方应按乙方要求提供生产工艺资料、服务器及网络环境。

4.2 因甲方资料提供不及时、需求变更或环境不具备导致工期延误的，工期相应顺延。

4.3 甲方应指定项目联系人，负责需求确认、资料提供及内部协调。甲方对乙方提交的需求说明书应在3个工作日内确认，逾期未确认的视为认可。

4.4 乙方派驻现场的实施人员应遵守甲方食品生产车间的卫生及安全管理制度。

4.5 实施期间甲方提出超出本合同定制开发范围的需求，乙方可另行报价，经双方书面确认后实施，费用另计，工期另行约定。

## 第五条 验收

软件安装部署完成并上线运行之日，即视为甲方验收合格。甲方在上线后提出的需求变更，不影响验收结论。

## 第六条 质保及后续服务

6.1 质保期为软件上线之日起6个月。质保期内乙方免费提供软件缺陷修复。

6.2 乙方在工作日9:00至17:30通过电话、远程方式提供技术支持，并尽合理努力解决甲方提出的问题。

6.3 质保期满后，甲方如需继续获得技术支持及版本升级服务，应与乙方签订年度服务协议，服务费按乙方当年度公布的服务价格表收取。

6.4 下列情况不属于质保范围：甲方擅自修改软件或数据库；服务器、网络或操作系统故障；甲方操作不当；因甲方生产工艺变化需调整排程规则的。

## 第七条 知识产权

7.1 智序APS软件及乙方为本合同提供的全部定制开发成果（包括排程规则、接口程序及相关文档）的知识产权均归乙方所有。

7.2 甲方享有在本厂内部使用上述成果的非独占使用权，不得修改、反向工程或提供给第三方使用。乙方不向甲方交付源代码。

7.3 甲方不得将软件转让、出租或提供给其关联公司及其他第三方使用，用户账号不得多人共用。甲方需要增加用户的，按第二条约定的单价另行购买。

## 第八条 数据

8.1 甲方录入或在软件运行中产生的订单、配方、产能及排程数据归甲方所有。

8.2 乙方有权在对上述数据进行脱敏处理后，将其用于产品优化、算法训练及行业分析。

8.3 乙方在实施及远程支持过程中接触甲方数据的，应采取必要的安全措施，防止数据泄露、丢失或被篡改；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.4 甲方应自行做好服务器的日常备份及账号口令管理，因甲方原因导致的数据损失由甲方自行承担。

## 第九条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

保密信息不包括：已经公开的信息；接收方从第三方合法获得的信息；接收方独立开发的信息。

## 第十条 责任限制

10.1 乙方对本合同项下的全部赔偿责任，累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失或生产停顿损失承担责任。

10.3 甲方应自行核对软件生成的排程结果，因甲方采纳排程结果安排生产而产生的损失，乙方不承担责任。

## 第十一条 合作伙伴

乙方可将部分实施、开发工作交由其合作伙伴完成，无需另行取得甲方同意。

本条所称合作伙伴，指与乙方签订合作协议、具备相应实施能力的软件服务企业或个人，乙方对其工作成果负责。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权解除本合同。

## 第十三条 不可抗力

因不可抗力不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

不可抗力事件持续超过60日的，任何一方有权书面通知对方解除本合同，已支付款项不予退还，甲方已使用的软件许可继续有效。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议。

15.2 本合同附件包括：软件功能清单、定制开发需求说明书及实施计划。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

| 甲方（盖章）：山东泰和豆制品有限公司 | 乙方（盖章）：济南智序软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2025年7月2日 | 日期：2025年7月2日 |
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. GLM-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 April 2025 between:
P:(1) Glenmorie Logistics Software Ltd, a company registered in Scotland under number SC512877, whose registered office is at 7 Academy Street, Inverness IV1 1JN, Scotland (the "Licensor"); and
P:(2) Jiangsu Tianrun Auto Parts Co., Ltd., a company established in the People's Republic of China, whose registered address is at 88 Hengshan Road, Changzhou, Jiangsu Province (the "Customer").
P:Background: the Customer operates two finished-goods and spare-parts warehouses in Changzhou and wishes to replace its spreadsheet-based stock control with the Licensor's Glenmorie WMS product. The Licensor has agreed to grant perpetual licences and to implement the product on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Glenmorie WMS server software, user licences and RF handheld module listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, reports, labels and scripts that the Licensor develops specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including stock, order, supplier and employee data.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its two Changzhou warehouses and at any replacement site in mainland China, for the number of named users and devices stated in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. Additional users may be purchased at the unit prices in Article 3 for the duration of the warranty period.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,600,000, inclusive of Chinese VAT and of all travel and expenses, made up as follows:
TB:Item|Quantity|Amount (CNY)
TB:WMS server licence, perpetual, two production sites|1|520,000
TB:Named user licences, perpetual, at CNY 7,000 each|60|420,000
TB:RF handheld module licences, perpetual, at CNY 3,000 each|80|240,000
TB:Licence Subtotal||1,180,000
TB:Implementation and configuration|1|264,000
TB:Interfaces to ERP, MES and three carriers|1|118,000
TB:Training of key users and administrators|1|38,000
TB:Contract Price||1,600,000
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 160,000) within 20 days after signature of this Agreement, against the Licensor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 880,000) within 20 days after the Licensor has installed the Software in the Customer's production environment and the parties have signed an Installation Certificate. The Installation Certificate is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 560,000) within 20 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY to the Licensor's account with a bank in mainland China named on the invoice.
H:Article 5 Delivery and Implementation
P:5.1 The Licensor shall deliver the Software within 10 days after signature and complete installation, configuration and interfaces within 100 days after signature, in accordance with the project plan in Annex 1.
P:5.2 Each party shall appoint a project manager. The Licensor's consultants shall comply with the Customer's site safety and security rules while on site.
P:5.3 The Customer shall provide the Licensor's consultants with desks, network access, test devices and timely access to its key users, and shall make decisions on configuration questions within 5 working days. Where the Customer's delay causes the Licensor's delay, the dates in Article 5.1 are extended accordingly.
P:5.4 The Licensor shall hold a weekly progress meeting with the Customer, record decisions and risks in minutes, and keep the project plan up to date. Changes to scope require a written change order signed by both project managers, stating the effect on price and dates.
H:Article 6 Acceptance
P:6.1 After installation, the Licensor shall carry out the acceptance tests in Annex 2, which include: all functions in the functional specification performed without a Severity 1 or Severity 2 defect; the opening stock loaded and reconciled item by item with the Customer's count; the ERP, MES and carrier interfaces exchanging orders and confirmations correctly for 10 consecutive working days; and picking confirmation on the RF devices within 2 seconds at 80 concurrent users.
P:6.2 When all tests are passed and the Software has run in production for 30 days without a Severity 1 defect, the Customer shall sign the Final Acceptance Certificate within 7 days. Use of the Software in production before then is not acceptance.
P:6.3 If a test fails, the Licensor shall correct the defect and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Licensor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, supply all updates and provide support free of charge.
P:7.2 Support levels: Severity 1 (a warehouse cannot receive, pick or ship) response within 1 hour, 24 hours a day, and a workaround within 8 hours; Severity 2 (a major function impaired) response within 2 hours during business hours and a fix within 3 business days; Severity 3 response within 1 business day.
P:7.3 If the Licensor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or paid on demand.
P:7.4 After the Warranty Period the Customer may order annual support, including updates and the support levels in Article 7.2, for an annual fee of 11% of the Licence Subtotal (CNY 129,800 per support year). This fee is fixed for the first three support years after the Warranty Period. Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Licensor and its licensors.
P:8.2 The Custom Deliverables belong to the Customer from their creation. The Licensor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including by appointing a third party to maintain them.
P:8.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Licensor may access Customer Data only to perform this Agreement and shall not copy, disclose or use it for any other purpose.
P:9.2 The Licensor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not remove Customer Data from the Customer's environment, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Licensor shall notify the Customer within 12 hours of any security incident affecting Customer Data, shall assist with remediation, and is liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only to perform this Agreement. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Licensor fails to complete installation, configuration and interfaces by the date in Article 5.1 for reasons attributable to it, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Licensor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On termination for the Licensor's breach before Final Acceptance, the Licensor shall refund all sums paid for the items not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the law of Scotland.
P:14.2 Any dispute shall be finally resolved by arbitration seated in Edinburgh under the Arbitration (Scotland) Act 2010 before a single arbitrator. The language of the arbitration is English.
H:Article 15 General
P:This Agreement, with Annex 1 (project plan) and Annex 2 (acceptance tests), is the entire agreement. Amendments must be in writing and signed by both parties. It is signed in two originals in English, one for each party.
P:Signed for the Licensor: ____________________ Name and title: ____________________
P:Signed for the Customer: ____________________ Name and title: ____________________
"""

E02 = """# Order Form — Tywi FixDesk Subscription

**Tywi Systems Ltd** · Unit 4, Parc Tywi, Carmarthen SA31 3RB, Wales · Company No. 09234871

Order Form No. TYW-OF-2025-0219

## Part A — Order Form

| Field | Detail |
|---|---|
| Provider | Tywi Systems Ltd, Carmarthen, Wales |
| Customer | Chengdu Jinli Property Services Co., Ltd., 16 Tianfu Avenue North, Chengdu, Sichuan Province |
| Service | Tywi FixDesk work-order, helpdesk and asset module (Professional edition), hosted in the hosting provider's mainland China region |
| Users | 320 named agent users and unlimited resident requesters through the WeChat mini-program |
| Subscription Term | three Subscription Years, from 1 August 2025 to 31 July 2028 |
| Service Start Date | 1 August 2025, the date the Provider gives the Customer production access |
| Target Go-Live Date | 30 September 2025 |
| Hosting provider | a licensed cloud operator in mainland China named in Annex 1 |
| Currency | CNY, at the Customer's request |

### A.1 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 348,000 per Subscription Year × 3 | 1,044,000 |
| Onboarding (data migration of 58 estates, configuration, mini-program set-up, training) | one-time | 86,000 |
| **Total Contract Value** | | **1,130,000** |

Additional agent users may be added at CNY 1,090 per user per Subscription Year, pro rata. Additional users are not part of the Total Contract Value.

### A.2 Invoicing

1. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice. The first Subscription Year begins on the Service Start Date.
2. The Onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
3. No other advance payment is due.

### A.3 Onboarding Acceptance

Onboarding Acceptance occurs when the Customer confirms in writing that: all 58 estates, their buildings, units and asset registers are loaded and reconciled with the Customer's lists; work orders can be raised, dispatched, completed and rated end to end through the mini-program and the agent console; the integration with the Customer's finance system posts chargeable work orders correctly for 10 consecutive working days; and the agent console loads in under 3 seconds at 300 concurrent users. Production use alone is not Onboarding Acceptance.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## Part B — General Terms

**1. Definitions**

1.1 "Customer Data" means all data that the Customer or its residents submit to the Service, including resident names, phone numbers, addresses, photographs and work-order histories.

1.2 "Customer Configurations" means the workflows, forms, templates, reports and integration mappings that the Provider builds for the Customer during onboarding or later.

1.3 "Subscription Year" means each of the periods 1 August 2025 to 31 July 2026, 1 August 2026 to 31 July 2027 and 1 August 2027 to 31 July 2028.

**2. Service**

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the documentation and the service levels in clause 4.

2.2 The Provider may improve the Service from time to time but shall not materially reduce its functions during the Subscription Term.

2.3 The Provider shall give the Customer at least 90 days' written notice before withdrawing any feature that the Customer uses, and shall offer an equivalent feature at no extra charge.

2.4 The Customer is responsible for its users' conduct, for keeping passwords secure and for the accuracy of the data it submits. The Customer shall not resell the Service or use it to provide services to third parties other than its residents and owners' committees.

**3. Onboarding and Delay**

3.1 The Provider shall complete onboarding so that Onboarding Acceptance can occur by the Target Go-Live Date.

3.2 If Onboarding Acceptance has not occurred by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay, up to a maximum of CNY 80,000.

3.3 The Customer shall provide the estate lists, asset registers and finance-system test environment described in Annex 1 within 15 days after signature, and shall make its project lead available for weekly progress meetings. Delay caused by the Customer extends the Target Go-Live Date accordingly.

**4. Service Levels**

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance windows notified at least 5 days in advance and held between 00:00 and 06:00 China Standard Time.

4.2 Incident response: Priority 1 (Service unavailable or work orders cannot be created) response within 30 minutes and restoration within 3 hours, at all times; Priority 2 (a major function impaired) response within 2 hours and resolution within 1 business day; Priority 3 response within 1 business day.

4.3 Service credits: if monthly availability falls below the level in clause 4.1, the Customer receives a credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, and CNY 1,000 for each hour by which a Priority 1 restoration is late. Credits for a month are limited to half of the monthly equivalent of the Subscription Fee and are deducted from the next invoice.

**5. Customer Data**

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data to provide the Service under the Customer's instructions.

5.2 The Provider may also use Customer Data in aggregated and de-identified form to improve the Service, to train its ticket-routing models and to publish industry benchmarks, during and after the Subscription Term.

5.3 Customer Data is stored only in the hosting provider's mainland China region. On expiry or termination the Provider shall return Customer Data in CSV format within 30 days and then delete it.

**6. Data Security**

6.1 The Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict staff access on a need-to-know basis with multi-factor authentication, keep access logs for 180 days, and comply with the PRC Personal Information Protection Law and Data Security Law.

6.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all steps to contain it, and bear the costs of notification and remediation and the Customer's losses caused by a breach of this clause 6.

**7. Intellectual Property**

7.1 The Service, its software and documentation remain the property of the Provider.

7.2 Customer Configurations belong to the Customer. The Provider shall export them on request in a documented format, and the Customer may use, modify and have them used by a third party freely.

**8. Confidentiality**

Each party shall keep confidential the other's non-public information received under this agreement, use it only for this agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This clause survives for three years after the Subscription Term.

**9. Liability**

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total aggregate liability arising out of or in connection with this agreement is limited to the total fees paid by the Customer in the 18 months preceding the event giving rise to the claim.

9.3 Clause 9.2 does not limit liability for death or personal injury caused by negligence or for fraud.

**10. Subcontracting**

The Provider shall not subcontract the performance of the Service without the Customer's prior written consent, except to the hosting provider named in Annex 1, which the Customer approves by signing this Order Form. The Provider remains responsible for its subcontractors.

**11. Term, Renewal and Termination**

11.1 This agreement runs for the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate this agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the rest of the current Subscription Year.

11.3 On termination the Customer's access ends after a 30-day export period.

**12. Governing Law and Jurisdiction**

12.1 This agreement and any dispute arising out of it are governed by the law of England and Wales.

12.2 The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with this agreement.

**13. Force Majeure**

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disaster, epidemic, war, failure of public networks or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits are not payable for periods of force majeure.

**14. General**

14.1 Notices must be in writing and sent to the addresses in Part A by courier or email with confirmation.

14.2 This Order Form and these General Terms, with Annex 1, are the entire agreement between the parties. If they conflict, Part A prevails.
"""

E03 = """T:Purchase Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. BHCC-EQ-2025-044
P:Buyer: Jiaxing Beihu Cold Chain Warehousing Co., Ltd., 21 Beihu Logistics Park, Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer")
P:Supplier: Lagan Sensing Ltd, 3 Linen Hall Court, Lisburn BT28 1AB, Northern Ireland, United Kingdom (the "Supplier")
P:The Buyer operates eleven cold rooms and two blast freezers at its Jiaxing site for food and pharmaceutical customers and must record temperatures continuously to meet GSP and food-safety requirements. Following its request for quotation of 3 March 2025, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. This contract is the Buyer's standard purchase contract; prices are in CNY.
H:Section 1 Scope
P:1.1 The Supplier shall supply the sensors, gateways and monitoring software licence listed in Section 2, install them in the Buyer's cold rooms, blast freezers, loading docks and ambient store, carry out temperature mapping of each room, commission the system and train the Buyer's staff.
P:1.2 The monitoring software is installed on the Buyer's own servers at the Jiaxing site. The system must send alarms by SMS, WeChat and an audible siren in the control room.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,020,000, including VAT, import duties, delivery to the Jiaxing site, insurance and all expenses of the Supplier's staff.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor LS-T22 with calibration certificate|420|1,150|483,000
TB:2|LoRa gateway LG-8 with backup battery|36|6,800|244,800
TB:3|ColdWatch monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||913,800
TB:4|Installation, temperature mapping and commissioning|1||96,200
TB:5|Training and documentation|1||10,000
TB:|Contract Price|||1,020,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 204,000) is payable within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 45% of the Contract Price (CNY 459,000) is payable within 15 working days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 357,000) is payable within 15 working days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Jiaxing site within 60 days after signature and complete installation and commissioning within 30 days after delivery, without interrupting the Buyer's cold-chain operations. Work inside cold rooms shall follow the Buyer's work permit procedure.
P:4.2 Risk in the equipment passes to the Buyer on delivery; title passes on payment under Section 3.2.
P:4.3 The Supplier shall submit an installation method statement, a room-by-room sensor layout and a commissioning schedule for the Buyer's approval at least 10 days before work starts. The Supplier's staff shall complete the Buyer's hygiene and cold-room safety induction before entering any cold room.
P:4.4 The Supplier shall deliver operation manuals, calibration certificates traceable to national standards, a spare-parts list and as-built drawings showing every sensor and gateway location before Final Acceptance.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: every sensor reads within ±0.3 °C of a calibrated reference at three test points; mapping reports for all rooms are delivered and approved by the Buyer's quality manager; alarms reach the control room siren, SMS and WeChat within 60 seconds of a threshold breach in a test of every room; data are recorded at 5-minute intervals with no gap longer than 15 minutes over a 21-day trial run; and the audit trail and electronic records meet the Buyer's GSP validation protocol.
P:5.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 5 working days. Use of the system during the trial run is not acceptance.
P:5.3 If a criterion is not met, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
P:5.4 Final Acceptance does not relieve the Supplier of its obligations for defects that could not reasonably be found during the tests, and the trial run is repeated in full if a Severity 1 fault occurs during it for reasons attributable to the Supplier.
H:Section 6 Warranty and Service
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective sensors, gateways and software free of charge, including annual recalibration of all sensors and replacement batteries.
P:6.2 Fault levels: Severity 1 (loss of monitoring or alarms for a cold room or the whole site) remote response within 1 hour, 24 hours a day, and restoration within 8 hours, using the spare sensors and gateway kept on site; Severity 2 (individual sensors not reporting) response within 2 hours and repair within 2 working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 300, deducted from any amount due.
P:6.4 After the warranty period, the Supplier shall provide support and recalibration on the same terms for an annual fee of 7.5% of the Hardware and Licence Subtotal (CNY 68,535 per support year). This fee is fixed for the first three support years after the warranty. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep on site, at its own cost during the warranty period, a stock of spare sensors equal to at least 3% of the installed quantity and one spare gateway, and shall replenish the stock within 10 days after use.
P:6.6 Repaired or replaced equipment carries a new warranty of 36 months from replacement or the remainder of the original warranty, whichever is longer.
H:Section 7 Data and Security
P:7.1 All temperature records, alarm logs, mapping reports and other data produced by the system belong to the Buyer. The Supplier may use them only to perform this contract.
P:7.2 The software shall run on the Buyer's servers only. The Supplier's remote access requires the Buyer's approval for each session, is made through the Buyer's VPN and is logged. The Supplier shall not copy data out of the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or its data and is liable for the Buyer's losses caused by its breach of this Section 7.
P:7.4 The Supplier shall configure user accounts with individual passwords, role-based permissions and an audit trail that cannot be switched off, and shall apply security patches to the software within 30 days after their release, after testing them with the Buyer.
H:Section 8 Intellectual Property
P:8.1 The mapping reports, dashboards, alarm rules and report templates prepared for the Buyer belong to the Buyer, who may use and modify them freely.
P:8.2 The ColdWatch software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's customer names, site layout and security arrangements, and shall not disclose it to any third party without prior written consent, for three years after the end of the contract.
H:Section 10 Delay and Liability
P:10.1 If the Supplier fails to complete delivery or commissioning on time for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to the Supplier's appointed installer in Shanghai, named in Annex 3, for which the Supplier remains fully responsible.
H:Section 12 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 13 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate the affected part of the contract by written notice.
H:Section 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.
P:Annex 1: Equipment list and room layout. Annex 2: Acceptance and validation protocol. Annex 3: Approved installer.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# Managed Network Services Agreement

**Agreement No. RBN-HN-2025-07**

This agreement is made on 2 June 2025 between **Ramsey Bay Networks Limited**, a company incorporated in the Isle of Man (company no. 131904C), of 12 Athol Street, Douglas IM1 1JE, Isle of Man (the "Provider"), and **Hainan Coralbay Hotel Management Co., Ltd.**, of 9 Haitang Road, Sanya, Hainan Province, People's Republic of China (the "Customer").

The Customer manages 14 hotels in Sanya, Haikou and Wanning. It wishes to outsource the design, operation and support of the guest and staff networks at those hotels. The Provider operates managed networks for hotel groups and has agreed to provide the Services described below. All charges are in CNY at the Customer's request.

## 1. Definitions

1.1 "Services" means the managed network services described in Schedule 1 for the 14 hotels listed in Schedule 4.

1.2 "Service Commencement" means the date on which the Customer confirms in writing that all hotels have passed the commencement tests in clause 4.

1.3 "Term" means 36 months from Service Commencement.

1.4 "Customer Data" means all data relating to the Customer, its guests and staff that the Provider handles in performing the Services, including network logs, device lists, guest login records and configurations.

## 2. Services

2.1 The Provider shall provide the Services for the Term in accordance with this agreement and the service levels in Schedule 2.

2.2 The Customer shall give the Provider's engineers reasonable access to the hotels' equipment rooms and provide power, rack space and the internet circuits described in Schedule 1.

2.3 Network equipment supplied by the Provider remains the Provider's property and is replaced by the Provider at its cost when faulty or at the end of its support life.

2.4 The Provider shall appoint a named service manager for the Customer, hold a monthly service review with the Customer's IT manager and keep a change log and an up-to-date network diagram for each hotel in the portal.

2.5 The Customer may add hotels that it manages during the Term. The Monthly Recurring Charge for an added hotel is calculated at the rate per room in Schedule 3 and agreed in a written change order.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,990,000.

3.2 The Transition Fee is invoiced after Service Commencement. The Monthly Recurring Charge is invoiced monthly in arrears, starting with the month in which Service Commencement occurs, pro rata for a part month.

3.3 Invoices are payable within 30 days. No advance payment is required.

## 4. Transition and Service Commencement

4.1 The Provider shall complete surveys, installation and cut-over of all 14 hotels by 31 August 2025 (the "Target Commencement Date"), hotel by hotel, outside peak check-in hours.

4.2 Commencement tests for each hotel: guest Wi-Fi coverage of at least -67 dBm in every guest room and public area measured by survey; guest login by room number and SMS working; at least 50 Mbps per guest device at a sample of 20 rooms; staff, guest, IPTV and property-management-system networks separated; and monitoring of all devices visible in the Provider's portal.

4.3 If Service Commencement has not occurred by the Target Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to a maximum of CNY 120,000.

4.4 The Provider shall carry out cut-over at each hotel between 01:00 and 05:00 local time, with a tested fallback plan, and shall have an engineer on site at each hotel for the first two days after cut-over.

## 5. Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 2. Service credits are calculated monthly and deducted from the next invoice.

5.2 The Provider shall send a monthly service report showing availability per hotel, incidents, response and restoration times and credits due.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to perform the Services and shall not sell, disclose or otherwise use it.

6.2 On expiry or termination the Provider shall hand over all configurations and logs held for the Customer in a usable format.

6.3 The Customer shall make sure that guest-login notices and consents in the portal comply with the Customer's own privacy policy, which the Provider shall display as supplied by the Customer.

## 7. Intellectual Property

7.1 The network designs, configurations and documentation prepared specifically for the Customer's hotels belong to the Customer, who may use and modify them freely and give them to a replacement provider.

7.2 The Provider's monitoring portal and tools remain the Provider's property.

7.3 The Provider grants the Customer, at no extra charge, a licence to use the Provider's tools and templates embedded in the deliverables in clause 7.1 for as long as the Customer uses those deliverables.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other, including guest information, room rates, network passwords and security settings, and shall use it only for this agreement. This clause survives for three years after the Term.

The Provider shall ensure that its staff and subcontractors who visit the hotels are bound by written confidentiality undertakings and follow the hotel's rules on guest privacy and room access.

## 9. Liability

9.1 The Provider's total liability under this agreement is limited to 125% of the Total Contract Value.

9.2 The limit does not apply to personal injury, fraud or wilful misconduct.

## 10. Subcontracting

The Provider may engage subcontractors, including local field-engineering firms in Hainan, to perform parts of the Services by giving the Customer written notice. The Provider remains responsible for the acts of its subcontractors.

## 11. Term and Termination

11.1 This agreement runs for the Term and ends automatically at its expiry. Any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if service credits at any hotel reach the monthly cap in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that services can be transferred without interruption.

## 12. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

## 13. General

13.1 Notices must be in writing and delivered by courier or email to the addresses above, marked for the attention of each party's contract manager.

13.2 This agreement, with its four Schedules, is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.

13.3 Neither party may assign this agreement without the other's prior written consent.

## Schedule 1 — Services

| Service element | Description |
|---|---|
| Design | Wi-Fi and wired network design per hotel, based on on-site surveys |
| Equipment | Access points, switches, firewalls and controllers supplied, installed and maintained by the Provider |
| Monitoring | 24 x 7 monitoring from the Provider's network operations centre, with a Mandarin-speaking service desk |
| Guest access | Room-number and SMS login portal, bandwidth management, content filtering required by PRC law |
| Field support | On-site engineers within the response times in Schedule 2 |
| Change management | Up to 40 standard changes per month included |

## Schedule 2 — Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Network availability per hotel, per month | 99.95% | 3% of that hotel's share of the Monthly Recurring Charge for each 0.1 percentage point below the level |
| Priority 1 (hotel-wide loss of guest or staff network) | response 15 minutes, restoration 2 hours | CNY 800 for each hour of late restoration |
| Priority 2 (a floor or wing without service) | response 1 hour, restoration 6 hours | CNY 300 for each hour of late restoration |
| Priority 3 (single device or room) | response next business day | none |
| Monthly credits cap | half of the Monthly Recurring Charge | |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Service Commencement | 118,000 |
| Monthly Recurring Charge | CNY 52,000 × 36 months | 1,872,000 |
| Total Contract Value | | 1,990,000 |
| Exit assistance | per engineer day, only if requested | 3,200 |
| Added hotel | per room per month, pro rata | 18.50 |

## Schedule 4 — Hotels

| No. | Hotel | Rooms |
|---|---|---|
| 1–6 | Coralbay hotels in Sanya | 1,420 |
| 7–11 | Coralbay hotels in Haikou | 960 |
| 12–14 | Coralbay hotels in Wanning | 410 |

Signed for the Provider: ____________________  Signed for the Customer: ____________________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SMD-CN-2025-118

PARTIES

Sarnia Market Data Limited, a company registered in Guernsey (no. 64310), of Les Vardes House, Le Truchot, St Peter Port, Guernsey GY1 1WD ("Provider").

Yiwu Haoyuan Cross-Border Trading Co., Ltd., of 55 Futian Road, Yiwu, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

The Customer sells household goods to buyers in forty-one countries and prices its offers daily in several currencies. It wishes to receive reliable foreign-exchange rates, ocean freight indices and commodity reference prices through an application programming interface (API) and load them into its pricing and ERP systems. The Provider operates such an API. The parties agree as follows. All fees are stated in CNY at the Customer's request.

1. DEFINITIONS

1.1 "Service" means the Provider's Sarnia Rates API (FX, freight and commodity packages) described in Schedule A, the related documentation and the customer portal.

1.2 "Subscription Year" means each period from 1 September to 31 August, the first starting on 1 September 2025.

1.3 "Customer Data" means the Customer's account details, user lists, API keys, request logs and any portfolio, product or price lists the Customer uploads to the Service.

1.4 "Connectors" means the mapping tables and the ERP and pricing-system connectors that the Provider builds for the Customer under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the Service and to use the data received for its internal pricing, invoicing and accounting, and to show converted prices to its own buyers.

2.2 The Subscription Term is two Subscription Years, from 1 September 2025 to 31 August 2027, subject to clause 9.

2.3 The subscription includes up to 3 million API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call and are not part of the fees in clause 3.1.

2.4 The Customer shall keep its API keys secure, shall not share them with third parties and shall not redistribute the raw data received from the Service as a data feed. Showing converted prices and invoice values to the Customer's buyers is permitted.

2.5 The Provider shall give at least 90 days' notice of any change to the API that is not backward compatible and shall keep the previous version available during that period.

3. FEES AND PAYMENT

3.1 The fees are: Subscription Fee CNY 216,000 per Subscription Year, for two Subscription Years, CNY 432,000; Integration Fee for the Connectors, one-time, CNY 18,000. Total fees CNY 450,000, inclusive of taxes.

3.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Integration Fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. Nothing is payable before the first Subscription Year starts.

3.3 Late payments carry interest at 0.03% per day of the overdue amount.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall build and install the Connectors and complete integration by 15 October 2025 (the "Integration Date").

4.2 Integration Acceptance occurs when the Customer confirms in writing that: rates for all 26 currency pairs and 9 freight lanes in Schedule A load into the Customer's ERP and pricing system automatically every day by 08:00 China Standard Time; loaded values match the Provider's portal for 10 consecutive business days; and failed loads raise an alert to the Customer's IT team. Use of the Service before then is not acceptance.

4.3 If Integration Acceptance has not occurred by the Integration Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay, up to CNY 18,000.

4.4 The Customer shall provide a test environment of its ERP and pricing systems and a contact person who can answer technical questions within 2 business days. Delay caused by the Customer extends the Integration Date accordingly.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, measured at the Provider's gateway, excluding scheduled maintenance announced 7 days in advance.

5.2 Incident priorities: Priority 1 (API unavailable or rates not published) — response within 8 hours and restoration within 24 hours; Priority 2 (delayed or incomplete rates) — response within 1 business day; Priority 3 — response within 3 business days.

5.3 If availability falls below the level in clause 5.1, the Customer receives a credit of 10% of the monthly equivalent of the Subscription Fee for each started 0.5 percentage point of shortfall, up to half of that monthly amount, deducted from the next invoice.

5.4 The Provider shall publish the status of the Service on a status page and send incident notices by email to the contacts named by the Customer. Each month the Provider shall report availability, incidents and credits due.

5.5 Data quality: FX rates are published at the times stated in Schedule A. If a published rate is shown to be wrong, the Provider shall correct it within 2 hours of becoming aware of the error and notify the Customer.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider uses it only to provide the Service and shall not disclose it or use it for any other purpose.

6.2 The Provider shall keep Customer Data encrypted in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access and rotate API keys on request.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate with the Customer's investigation and any notification required under PRC law, and indemnify the Customer for losses caused by the Provider's breach of this clause 6.

6.4 On expiry or termination the Provider shall return Customer Data uploaded to the Service in CSV format within 30 days on request and then delete it, except for billing records it must keep by law.

7. INTELLECTUAL PROPERTY

7.1 The Service, the data published through it and the Provider's software remain the property of the Provider and its data sources.

7.2 The Connectors belong to the Customer. The Provider shall deliver their source code at Integration Acceptance, and the Customer may use, modify and license them freely.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the Customer's price lists and margins, and use it only for this agreement. This obligation continues for three years after the agreement ends.

The obligations in this clause do not apply to information that is public, was lawfully received from a third party without restriction, or was developed independently.

9. RENEWAL

9.1 At the end of the Subscription Term this agreement renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current period.

9.2 The Provider may increase the Subscription Fee for any renewal period by giving the Customer written notice at least 60 days before the renewal period starts. The increased fee applies from the start of that renewal period.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this agreement is limited to CNY 900,000, except for fraud, wilful misconduct and breach of clause 6, which are not limited.

11. SUBCONTRACTING

The Provider shall not subcontract the provision of the Service or the building of the Connectors without the Customer's prior written consent.

12. TERMINATION

12.1 The Customer may terminate this agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if service credits reach their monthly maximum in any two months of a Subscription Year.

12.2 On termination by the Customer under clause 12.1, the Provider shall refund the Subscription Fee paid for the rest of the current Subscription Year.

13. GOVERNING LAW AND JURISDICTION

13.1 This agreement is governed by the laws of the Island of Guernsey.

13.2 The Royal Court of Guernsey has exclusive jurisdiction over any dispute arising out of or in connection with this agreement.

14. GENERAL

This agreement, with Schedule A (data packages, currency pairs and freight lanes), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices may be sent by email to the addresses in the customer portal.

15. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disaster, war, failure of public telecommunications networks or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits do not apply to periods of force majeure that last less than 7 days.

16. NOTICES

Formal notices under clauses 9, 12 and 13 must be sent by courier to the addresses above with a copy by email, and take effect on delivery.

SIGNED for Sarnia Market Data Limited: ____________________

SIGNED for Yiwu Haoyuan Cross-Border Trading Co., Ltd.: ____________________
"""

# ---------------------------------------------------------------- labels
NAMES = {
    "z01": ("h446z01_religious_affairs_venue_platform", "pdf", "zh", "software"),
    "z02": ("h446z02_asphalt_plant_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h446z03_massage_chain_booking_saas", "txt", "zh", "cloud"),
    "z04": ("h446z04_botanical_garden_ticketing_om", "txt", "zh", "services"),
    "z05": ("h446z05_tofu_plant_aps_supplier_template", "md", "zh", "software"),
    "e01": ("h446e01_scottish_wms_licence", "pdf", "en", "software"),
    "e02": ("h446e02_welsh_helpdesk_saas_order_form", "md", "en", "cloud"),
    "e03": ("h446e03_ni_coldstore_sensors", "docx", "en", "hardware"),
    "e04": ("h446e04_iom_managed_hotel_network", "md", "en", "services"),
    "e05": ("h446e05_guernsey_rates_data_api", "txt", "en", "cloud"),
}
TEXT = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
        "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term,
                           sub, law, kind]))


G, S = "goods_or_licence", "service"
# value, fee base (itemised licence/hardware subtotal) for goods, extras
DESIGN = {
    "z01": dict(value=1196000, base=680000, sla=True, ld_stated=True, capped=True, deemed=False,
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                        False, "PRC", G),
                rules=[]),
    "z02": dict(value=1200000, base=1020000, sla=True, ld_stated=True, capped=True, deemed=False,
                terms=T(None, 0.5, True, "buyer", True, True, True, 0.02, 200, 10, True, True, 18, 26, False, True,
                        False, "PRC", G),
                rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(value=931200, sla=True, ld_stated=True, deemed=False,
                terms=T(99.5, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, True,
                        True, False, "PRC", S),
                rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "z04": dict(value=390000, sla=True, ld_stated=True, deemed=False,
                terms=T(99.95, 0.25, False, "buyer", True, True, True, 0.2, None, None, True, None, None, None, False,
                        False, False, "PRC", S),
                rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z05": dict(value=496000, base=268000, sla=False, ld_stated=False, capped=False, deemed=True,
                terms=T(None, None, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False,
                        True, True, None, G),
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                       "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": dict(value=1600000, base=1180000, sla=True, ld_stated=True, capped=True, deemed=False,
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True,
                        False, "Scotland", G),
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(value=1130000, sla=True, ld_stated=True, deemed=False,
                terms=T(99.95, 0.5, True, "buyer", True, False, True, 800 / 1130000 * 100, 18 / 36 * 100, None, True,
                        None, None, None, False, True, False, "England and Wales", S),
                rules=["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "e03": dict(value=1020000, base=913800, sla=True, ld_stated=True, capped=True, deemed=False,
                terms=T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7.5, False, True,
                        False, "PRC", G),
                rules=[]),
    "e04": dict(value=1990000, sla=True, ld_stated=True, deemed=False,
                terms=T(99.95, 0.25, True, "buyer", False, True, True, 1200 / 1990000 * 100, 125, None, True, None,
                        None, None, False, True, True, "PRC", S),
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": dict(value=450000, sla=True, ld_stated=True, deemed=False,
                terms=T(99.95, 8, True, "buyer", True, True, True, 300 / 450000 * 100, 900000 / 450000 * 100, None,
                        True, None, None, None, True, True, False, "Guernsey", S),
                rules=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-RESPONSE"]),
}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
                 "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(d):
    """policy §4: horizon 5 years from acceptance, fee base = itemised licence/hardware subtotal."""
    t = d["terms"]
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * d["base"]
    total = d["value"] + fees
    return total, fees / total * 100


def my_rules(d):
    """My own reading of policy.md §3 applied to a label (not project code)."""
    t, r = d["terms"], []
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
    if t["buyer_owns_data"] is not True:
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        x = tco(d)
        if x and x[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    d = DESIGN[key]
    stem, ext, lang, cat = NAMES[key]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if d["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": dict(d["terms"]),
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------- threshold scan
ZN = "零〇一二两三四五六七八九十百千"
PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![" + ZN + r"])四\s*个?\s*小时",
                   r"four[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)", r"二百四十分钟"],
    "LD 0.05%": [r"(?<![\d.])0\.05(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十百千" + ZN[3:] + r"\d])",
                 r"(?<![\d.])0\.5\s*‰"],
    "cap 100%": [r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
                 r"one\s*hundred\s*(?:per\s*cent|percent)"],
    "prepayment 30%": [r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
                       r"(?<![" + ZN + r"])三成", r"thirty\s*(?:per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.])12\s*个?\s*月", r"(?<![\d.])12[\s-]*months?", r"(?<![" + ZN + r"])十二\s*个?\s*月",
                           r"一年", r"twelve[\s-]*months?", r"(?<![a-z])one[\s-]*years?", r"(?<![\d.])1[\s-]*years?(?![a-z])",
                           r"(?<![\d.])1\s*年"],
    "post-warranty 15%": [r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)"],
    "TCO 40%": [r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"(?<![" + ZN + r"])四成",
                r"forty\s*(?:per\s*cent|percent)"],
    "horizon 5 years": [r"(?<![\d.])5[\s-]*(?:年|years?)", r"(?<![" + ZN + r"])五\s*年", r"five[\s-]*years?",
                        r"(?<![\d.])60[\s-]*(?:个\s*)?(?:月|months?)", r"六十\s*个?\s*月", r"sixty[\s-]*months?"],
}
REGEXES = [(name, re.compile(p, re.I)) for name, ps in PATTERNS.items() for p in ps]
MUST_HIT = ["4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "four-hour", "240分钟", "240 minutes", "99.9%",
            "99.9 %", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "一年", "twelve months", "12 months", "12-month", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十",
            "5年", "五年", "five years", "5 years", "60 months", "60个月", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "14小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "35%", "百分之三十五", "0.055%", "30日", "15日", "18个月",
             "120 months", "2.5 years", "4000型", "0.03%", "1.4 hours", "someone yearned", "二十四个月", "十五日", "45%"]


def hits(text):
    out = []
    for name, rx in REGEXES:
        for m in rx.finditer(text):
            out.append((name, m.group(0), text[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(key, text):
    return len(text) if NAMES[key][2] == "zh" else len(text.split())


def check_labels():
    for k, d in DESIGN.items():
        t = d["terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        x = tco(d)
        if x:
            assert abs(x[1] - 40) > 2, (k, x)
        mine = my_rules(d)
        assert mine == sorted(d["rules"]), (k, mine, d["rules"])
        sev = "high" if set(mine) & HIGH else ("medium" if set(mine) - LOW else "low")
        assert sev == EXPECTED_RISK[k], (k, sev)
    covered = set().union(*(set(d["rules"]) for d in DESIGN.values()))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {k: len(d["rules"]) for k, d in DESIGN.items()}
    assert sorted(k for k, n in counts.items() if n == 0) == ["e03", "z01"]
    assert DESIGN["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert counts["z05"] >= 8
    assert sorted(k for k, n in counts.items() if 2 <= n <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]


def check_sums():
    assert 680000 + 412000 + 58000 + 46000 == 1196000 and 239200 + 538200 + 418600 == 1196000
    assert 286000 + 218000 + 96000 + 164000 + 178000 + 78000 == 1020000 and 1020000 + 128000 + 52000 == 1200000
    assert 120000 + 660000 + 420000 == 1200000 and round(1020000 * 0.26) == 265200
    assert 29 * 9600 == 278400 and 3 * 278400 == 835200 and 38000 + 34000 + 24000 == 96000
    assert 835200 + 96000 == 931200
    assert 216000 + 98000 + 52000 + 24000 == 390000 and 4 * 97500 == 390000
    assert 268000 + 118000 + 68000 + 42000 == 496000
    assert 520000 + 60 * 7000 + 80 * 3000 == 1180000 and 1180000 + 264000 + 118000 + 38000 == 1600000
    assert 160000 + 880000 + 560000 == 1600000 and round(1180000 * 0.11) == 129800
    assert 3 * 348000 + 86000 == 1130000
    assert 420 * 1150 + 36 * 6800 + 186000 == 913800 and 913800 + 96200 + 10000 == 1020000
    assert 204000 + 459000 + 357000 == 1020000 and round(913800 * 0.075) == 68535
    assert 36 * 52000 + 118000 == 1990000 and 2 * 216000 + 18000 == 450000


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    check_labels()
    check_sums()
    sources, targets = {}, {}
    for k, (stem, ext, lang, cat) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = TEXT[k], (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(TEXT[k], encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    bad = []
    for k, (stem, ext, lang, cat) in NAMES.items():
        path = OUT / (stem + "." + ext)
        back = read_back(path)
        n = length(k, back)
        lo, hi = RANGE[lang]
        print(f"{path.name}: {lang} {n} {'chars' if lang == 'zh' else 'words'} rules={sorted(DESIGN[k]['rules'])}")
        if not lo <= n <= hi:
            bad.append((path.name, n))
        src = re.sub(r"^(?:T|H|P|TB|LN):", "", TEXT[k], flags=re.M).replace("|", " ")
        for where, text in list(variants(back).items()) + [("src-" + a, b) for a, b in variants(src).items()]:
            for h in hits(text):
                bad.append((path.name, where, h))
        (OUT / (stem + ".json")).write_text(json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    for b in bad:
        print("PROBLEM", b)
    assert not bad
    print("all checks passed")


if __name__ == "__main__":
    main()
